// POST /api/v1/public/dossiers/confirm (docs/protocol.md, "Deferred confirmation"): the citizen,
// from their own phone or the portal and without any clerk's session, confirms an online
// dossier pushed while the desk was offline, with the code sent to them. Independent of HTTP
// plumbing.
#pragma once

#include "SimReply.h"

#include <QtCore/QByteArray>

class SimStore;

class DeferredConfirmationService
{
public:
    explicit DeferredConfirmationService(SimStore &store);

    [[nodiscard]] SimReply confirm(const QByteArray &body);

private:
    SimStore &m_store;
};
