#pragma once

#include "sync/ProvincialApi.h"

#include <QDialog>

class QLineEdit;

namespace motcua::ui {

// Asks the clerk for the provincial system's sign-in. The password is kept in memory only.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const QString &server, const QString &username, QWidget *parent = nullptr);
    ClerkCredentials credentials() const;

private:
    QLineEdit *m_username;
    QLineEdit *m_password;
};

} // namespace motcua::ui
