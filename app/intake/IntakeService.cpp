#include "IntakeService.h"

#include "core/Cccd.h"
#include "core/PhoneNumber.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/NationalRecord.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntake, "motcua.intake")

namespace motcua {

QString IntakeService::dossierCode(const DeskIdentity &desk, const QDateTime &now, int sequence)
{
    return u"%1-%2-%3-%4"_s.arg(desk.unitCode,
                                NationalRecord::vietnamTime(now).toString(u"yyMMdd"_s),
                                desk.deskCode)
        .arg(sequence, 4, 10, QChar(u'0'));
}

Result<QueuedDossier> IntakeService::queue(const DossierDraft &draft, const DeskIdentity &desk,
                                           const QDateTime &now)
{
    const QString name = draft.applicantName.simplified().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return fail(u"intake.name"_s, tr("Enter the applicant's full name."));
    const QString cccd = Cccd::normalize(draft.applicantCccd);
    if (auto checked = Cccd::check(cccd); !checked)
        return std::unexpected(checked.error());
    auto phone = normalizePhoneNumber(draft.applicantPhone);
    if (!phone)
        return std::unexpected(phone.error());
    auto found = CatalogRepository(m_db).procedure(draft.procedureCode);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(u"intake.procedure"_s,
                    tr("Choose a procedure from the catalogue before saving."));
    const Procedure &procedure = **found;

    DossierRow row;
    row.procedureCode = procedure.code;
    row.procedureName = procedure.name;
    row.fieldCode = procedure.field.code;
    row.fieldName = procedure.field.name;
    row.channel = draft.channel;
    row.applicantName = name;
    row.applicantCccd = cccd;
    row.applicantPhone = *phone;
    row.desk = desk;
    row.receivedAt = now;
    row.status = 2; // received at the counter

    QueuedDossier queued;
    const QString day = NationalRecord::vietnamTime(now).toString(u"yyyyMMdd"_s);
    auto saved = m_db.transaction([&]() -> Result<void> {
        DossierRepository dossiers(m_db);
        auto sequence = dossiers.nextSequence(desk, day);
        if (!sequence)
            return std::unexpected(sequence.error());
        row.code = dossierCode(desk, now, *sequence);
        auto id = dossiers.insert(row);
        if (!id)
            return std::unexpected(id.error());
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto ok = OutboxRepository(m_db).enqueue(*id, key, NationalRecord::fromDossier(row),
                                                     now);
            !ok)
            return ok;
        queued.id = *id;
        return {};
    });
    if (!saved) {
        qCWarning(lcIntake) << "saving a dossier failed:" << saved.error().detail;
        return std::unexpected(saved.error());
    }
    queued.code = row.code;
    queued.procedureCode = row.procedureCode;
    queued.procedureName = row.procedureName;
    queued.applicantName = row.applicantName;
    queued.receivedAt = now;
    queued.state = OutboxState::Queued;
    qCInfo(lcIntake) << "queued dossier" << queued.code;
    return queued;
}

} // namespace motcua
