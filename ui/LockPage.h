#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua::ui {

// What the clerk's window shows instead of its pages while nobody is signed in or the desk is
// locked: no dossier, only who may unlock it. The password is handed on, never kept.
class LockPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(QWidget *parent = nullptr);

    // Locked for `username`; an empty name means nobody is signed in.
    void showLocked(const QString &username);
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void unlockRequested(const QString &password);
    void signInRequested(); // sign in (as another clerk)

private:
    void submit();

    QLabel *m_title;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QPushButton *m_other;
    QLabel *m_status;
};

} // namespace motcua::ui
