#include "FeesStep.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

FeesStep::FeesStep(QWidget *parent)
    : QWidget(parent)
    , m_policy(new QLabel)
    , m_groundsLayout(new QVBoxLayout)
    , m_quantity(new QSpinBox)
    , m_breakdown(new QLabel)
{
    m_policy->setWordWrap(true);
    m_policy->setObjectName(u"feePolicy"_s);
    m_quantity->setObjectName(u"feeQuantity"_s);
    m_quantity->setRange(1, FeeCalculator::kMaxQuantity);
    m_quantity->setAccessibleName(tr("Quantity the fee is charged on"));
    m_breakdown->setObjectName(u"feeBreakdown"_s);
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grounds = new QGroupBox(tr("Exemption grounds the applicant has (check the papers "
                                     "proving them)"));
    grounds->setLayout(m_groundsLayout);
    auto *form = new QFormLayout;
    auto *quantityLabel = new QLabel(tr("&Quantity (copies, pages…):"));
    quantityLabel->setBuddy(m_quantity);
    form->addRow(quantityLabel, m_quantity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(grounds);
    layout->addLayout(form);
    layout->addWidget(m_breakdown, 1);
    connect(m_quantity, &QSpinBox::valueChanged, this, &FeesStep::changed);
}

void FeesStep::setPolicy(const FeePolicy &policy, const QStringList &warnings)
{
    qDeleteAll(m_grounds);
    m_grounds.clear();
    for (const ExemptionGround &g : policy.grounds) {
        auto *box = new QCheckBox(g.name);
        box->setObjectName(u"exempt_"_s + g.code);
        box->setProperty("ground", g.code);
        m_groundsLayout->addWidget(box);
        m_grounds.append(box);
        connect(box, &QCheckBox::toggled, this, &FeesStep::changed);
    }
    QStringList lines = warnings;
    if (policy.version.isEmpty())
        lines << tr("No fee policy is installed: the catalogue's fees apply with no reduction.");
    else
        lines << (policy.sample ? tr("Fee policy %1 (SAMPLE shipped with motcua: ask the admin to "
                                     "install the province's own).").arg(policy.version)
                                : tr("Fee policy %1 of %2.").arg(policy.version, policy.provinceName));
    m_policy->setText(lines.join(u'\n'));
}

QStringList FeesStep::exemptions() const
{
    QStringList codes;
    for (const QCheckBox *box : m_grounds) {
        if (box->isChecked())
            codes << box->property("ground").toString();
    }
    return codes;
}

int FeesStep::quantity() const
{
    return m_quantity->value();
}

void FeesStep::clear()
{
    for (QCheckBox *box : std::as_const(m_grounds)) {
        const QSignalBlocker block(box);
        box->setChecked(false);
    }
    const QSignalBlocker block(m_quantity);
    m_quantity->setValue(1);
    m_breakdown->clear();
}

void FeesStep::showPreview(const DossierPreview &preview)
{
    const FeeBreakdown &f = preview.fees;
    QStringList lines;
    if (f.baseVnd == 0) {
        lines << tr("This procedure has no fee.");
    } else {
        for (const FeeBreakdown::Line &line : f.lines)
            lines << tr("%1: %2 đồng").arg(line.label, FeeCalculator::formatVnd(line.amountVnd));
        lines << tr("To pay: %1 đồng").arg(FeeCalculator::formatVnd(f.totalVnd));
    }
    for (const QString &applied : f.applied)
        lines << tr("Applied: %1").arg(applied);
    for (const QString &note : f.notes)
        lines << tr("Note: %1").arg(note);
    m_breakdown->setText(lines.join(u'\n'));
}

} // namespace motcua::ui
