#pragma once

#include "fees/FeePolicy.h"
#include "intake/IntakeService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace motcua::ui {

// Step 4: the fee in whole đồng, with the exemption grounds of the province's policy the clerk
// can tick and what the online reduction would be.
class FeesStep : public QWidget
{
    Q_OBJECT

public:
    explicit FeesStep(QWidget *parent = nullptr);

    void setPolicy(const FeePolicy &policy, const QStringList &warnings);
    QStringList exemptions() const;
    int quantity() const;
    void clear();
    void showPreview(const DossierPreview &preview);

signals:
    void changed();

private:
    QLabel *m_policy;
    QVBoxLayout *m_groundsLayout;
    QList<QCheckBox *> m_grounds;
    QSpinBox *m_quantity;
    QLabel *m_breakdown;
};

} // namespace motcua::ui
