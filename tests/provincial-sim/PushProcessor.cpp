#include "PushProcessor.h"

#include "DossierValidator.h"
#include "SimErrors.h"
#include "SimStore.h"
#include "SmsOutbox.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QList>
#include <QtCore/QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcPush, "motcua.sim.push", QtInfoMsg)

namespace {

QString stringField(const QJsonValue &record, QLatin1StringView field)
{
    const QJsonValue value = record.toObject().value(field);
    return value.isString() ? value.toString() : QString();
}

QJsonObject result(const QString &key, const QString &maHoSo, QLatin1StringView kind)
{
    return QJsonObject{{QStringLiteral("IdempotencyKey"), key},
                       {QStringLiteral("MaHoSo"), maHoSo},
                       {QStringLiteral("result"), QString(kind)}};
}

QJsonObject invalid(const QString &key, const QString &maHoSo, const RecordProblem &problem)
{
    QJsonObject r = result(key, maHoSo, QLatin1StringView("invalid"));
    r.insert(QStringLiteral("message"), problem.message);
    r.insert(QStringLiteral("reason"), problem.reason);
    return r;
}

PushProcessor::Reply malformed(const QString &message)
{
    return {400, SimError::body(SimError::Malformed, message)};
}

} // namespace

QJsonArray PushProcessor::missingScans(const QJsonObject &record) const
{
    QJsonArray missing;
    if (!m_attachmentComplete)
        return missing;
    for (const QJsonValue &paper : record.value(QLatin1StringView("TaiLieuNop")).toArray()) {
        const QString sha = paper.toObject().value(QLatin1StringView("TepDinhKemId")).toString();
        if (!sha.isEmpty() && !m_attachmentComplete(sha) && !missing.contains(sha))
            missing.append(sha);
    }
    return missing;
}

PushProcessor::PushProcessor(SimStore &store, SmsOutbox &outbox, const DeferredPolicy &deferred,
                             qsizetype batchLimit)
    : m_store(store)
    , m_outbox(outbox)
    , m_deferred(deferred)
    , m_batchLimit(batchLimit)
{
}

PushProcessor::Reply PushProcessor::process(const QString &clerkUsername, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("body is not JSON: ") + parseError.errorString());
    if (!document.isObject())
        return malformed(QStringLiteral("body is not a JSON object"));
    const QJsonObject envelope = document.object();

    const QJsonValue service = envelope.value(QLatin1StringView("service"));
    if (!service.isString() || service.toString() != u"DongBoHoSoMC")
        return malformed(QStringLiteral("field service must be \"DongBoHoSoMC\""));
    const QJsonValue updating = envelope.value(QLatin1StringView("isUpdating"));
    if (!updating.isUndefined() && !updating.isBool())
        return malformed(QStringLiteral("field isUpdating must be a boolean"));
    const QJsonValue data = envelope.value(QLatin1StringView("data"));
    if (!data.isArray())
        return malformed(QStringLiteral("field data must be an array"));
    const QJsonArray records = data.toArray();
    if (records.size() > m_batchLimit) {
        return {413, SimError::body(SimError::TooLarge,
                                    QStringLiteral("at most %1 records per batch, got %2")
                                        .arg(m_batchLimit)
                                        .arg(records.size()))};
    }

    // Validate first; only the valid records go to the store, in their order.
    QList<std::optional<RecordProblem>> problems; // per record: nullopt = valid
    QList<QJsonArray> missing;                    // per record: scans not on the server
    QList<DossierSubmission> valid;
    problems.reserve(records.size());
    qint64 invalidCount = 0;
    for (const QJsonValue &record : records) {
        problems.append(DossierValidator::problem(record));
        missing.append(problems.last() ? QJsonArray() : missingScans(record.toObject()));
        if (problems.last())
            ++invalidCount;
        else if (missing.last().isEmpty())
            valid.append(DossierValidator::submission(record.toObject()));
    }

    auto outcomes = m_store.storeBatch(clerkUsername, valid, invalidCount, m_deferred);
    if (!outcomes) {
        qCCritical(lcPush).noquote() << "push batch not stored:" << outcomes.error();
        return {500, SimError::body(SimError::Internal,
                                    QStringLiteral("the batch could not be stored"))};
    }

    QJsonArray results;
    qsizetype next = 0;
    int counts[5] = {0, 0, 0, 0, 0}; // created, duplicate, conflict, invalid, missing scans
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue &record = records.at(i);
        const QString key = stringField(record, QLatin1StringView("IdempotencyKey"));
        const QString maHoSo = stringField(record, QLatin1StringView("MaHoSo"));
        if (problems.at(i)) {
            results.append(invalid(key, maHoSo, *problems.at(i)));
            ++counts[3];
            continue;
        }
        if (!missing.at(i).isEmpty()) {
            QJsonObject r = result(key, maHoSo, QLatin1StringView("attachments_missing"));
            r.insert(QStringLiteral("missing"), missing.at(i));
            r.insert(QStringLiteral("message"),
                     QStringLiteral("upload the scans first, then push the record again"));
            results.append(r);
            ++counts[4];
            continue;
        }
        const DossierOutcome &outcome = outcomes->at(next++);
        switch (outcome.kind) {
        case DossierOutcome::Kind::Created:
        case DossierOutcome::Kind::Duplicate: {
            const bool created = outcome.kind == DossierOutcome::Kind::Created;
            QJsonObject r = result(key, maHoSo, created ? QLatin1StringView("created")
                                                        : QLatin1StringView("duplicate"));
            r.insert(QStringLiteral("MaHoSoTinh"), outcome.provincialCode);
            if (!outcome.citizenConfirmation.isEmpty())
                r.insert(QStringLiteral("citizen_confirmation"), outcome.citizenConfirmation);
            // Committed: the citizen's code of a deferred confirmation may go out now.
            if (outcome.sms)
                m_outbox.send(*outcome.sms);
            results.append(r);
            ++counts[created ? 0 : 1];
            break;
        }
        case DossierOutcome::Kind::Conflict: {
            QJsonObject r = result(key, maHoSo, QLatin1StringView("conflict"));
            r.insert(QStringLiteral("message"), outcome.message);
            results.append(r);
            ++counts[2];
            break;
        }
        case DossierOutcome::Kind::Invalid:
            results.append(invalid(key, maHoSo, RecordProblem{outcome.reason, outcome.message}));
            ++counts[3];
            break;
        }
    }
    // Counts only: records carry personal data.
    qCInfo(lcPush,
           "push: %lld records: %d created, %d duplicate, %d conflict, %d invalid, "
           "%d missing scans",
           static_cast<long long>(records.size()), counts[0], counts[1], counts[2], counts[3],
           counts[4]);

    QJsonObject reply = SimError::body(SimError::Ok, QString());
    reply.insert(QStringLiteral("results"), results);
    return {200, reply};
}
