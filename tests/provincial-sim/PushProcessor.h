// DongBoHoSoMC: envelope checks, per-record validation, storage and the per-record results
// (docs/protocol.md, "Pushing dossiers"). Independent of HTTP plumbing.
#pragma once

#include "StoreTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <functional>

class SimStore;
class SmsOutbox;

class PushProcessor
{
public:
    static constexpr qsizetype kBatchLimit = 500;

    struct Reply
    {
        int httpStatus = 200;
        QJsonObject body;
    };

    PushProcessor(SimStore &store, SmsOutbox &outbox, const DeferredPolicy &deferred,
                  qsizetype batchLimit = kBatchLimit);

    // `body` is the raw request body of an authenticated clerk's push.
    [[nodiscard]] Reply process(const QString &clerkUsername, const QByteArray &body);
    // Whether the scan with this SHA-256 is fully on the server; records naming a scan that is
    // not get "attachments_missing" and are not stored. Without a check every scan counts as there.
    void setAttachmentCheck(std::function<bool(const QString &sha256)> isComplete)
    {
        m_attachmentComplete = std::move(isComplete);
    }

private:
    [[nodiscard]] QJsonArray missingScans(const QJsonObject &record) const;

    SimStore &m_store;
    SmsOutbox &m_outbox;
    DeferredPolicy m_deferred;
    qsizetype m_batchLimit;
    std::function<bool(const QString &)> m_attachmentComplete;
};
