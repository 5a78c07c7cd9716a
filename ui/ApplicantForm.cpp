#include "ApplicantForm.h"

#include "identity/CccdQr.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
const QString kDateFormat = u"dd/MM/yyyy"_s;
}

ApplicantForm::ApplicantForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_cccd(new QLineEdit)
    , m_oldId(new QLineEdit)
    , m_dateOfBirth(new QLineEdit)
    , m_sex(new QComboBox)
    , m_address(new QLineEdit)
    , m_phone(new QLineEdit)
{
    m_name->setObjectName(u"applicantName"_s);
    m_cccd->setObjectName(u"applicantCccd"_s);
    m_cccd->setPlaceholderText(tr("12 digits — or scan the chip card's QR code"));
    m_oldId->setObjectName(u"applicantOldId"_s);
    m_oldId->setPlaceholderText(tr("9-digit old ID card number, if any (never required)"));
    m_dateOfBirth->setObjectName(u"applicantDateOfBirth"_s);
    m_dateOfBirth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_sex->setObjectName(u"applicantSex"_s);
    m_sex->addItem(tr("—"), int(Sex::Unknown));
    m_sex->addItem(tr("Male"), int(Sex::Male));
    m_sex->addItem(tr("Female"), int(Sex::Female));
    m_address->setObjectName(u"applicantAddress"_s);
    m_phone->setObjectName(u"applicantPhone"_s);
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    for (QLineEdit *e : {m_name, m_cccd, m_oldId, m_dateOfBirth, m_address, m_phone})
        connect(e, &QLineEdit::textEdited, this, &ApplicantForm::edited);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &ApplicantForm::edited);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("ID number (&CCCD):"), m_cccd);
    form->addRow(tr("&Old ID number:"), m_oldId);
    form->addRow(tr("Dat&e of birth:"), m_dateOfBirth);
    form->addRow(tr("Se&x:"), m_sex);
    form->addRow(tr("Addre&ss:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
}

void ApplicantForm::fill(const CccdCard &card)
{
    m_name->setText(card.fullName);
    m_cccd->setText(card.id);
    m_oldId->setText(card.oldId);
    m_dateOfBirth->setText(card.dateOfBirth.toString(kDateFormat));
    m_sex->setCurrentIndex(m_sex->findData(int(card.sex)));
    m_address->setText(card.address);
    emit edited();
}

void ApplicantForm::clear()
{
    for (QLineEdit *e : {m_name, m_cccd, m_oldId, m_dateOfBirth, m_address, m_phone})
        e->clear();
    m_sex->setCurrentIndex(0);
    emit edited();
}

QString ApplicantForm::fullName() const { return m_name->text(); }
QString ApplicantForm::cccd() const { return Cccd::normalize(m_cccd->text()); }
QString ApplicantForm::oldId() const { return m_oldId->text().trimmed(); }
QString ApplicantForm::address() const { return m_address->text().simplified(); }
QString ApplicantForm::phone() const { return m_phone->text(); }
Sex ApplicantForm::sex() const { return Sex(m_sex->currentData().toInt()); }

QDate ApplicantForm::dateOfBirth() const
{
    return QDate::fromString(m_dateOfBirth->text().trimmed(), kDateFormat);
}

} // namespace motcua::ui
