// DongBoHoSoMC: envelope checks, per-record validation, storage and the per-record results
// (docs/protocol.md, "Pushing dossiers"). Independent of HTTP plumbing.
#pragma once

#include "StoreTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

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

private:
    SimStore &m_store;
    SmsOutbox &m_outbox;
    DeferredPolicy m_deferred;
    qsizetype m_batchLimit;
};
