#include "Dossier.h"

namespace motcua {

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return QStringLiteral("queued");
    case OutboxState::Sending: return QStringLiteral("sending");
    case OutboxState::Sent: return QStringLiteral("sent");
    case OutboxState::RetryLater: return QStringLiteral("retry");
    case OutboxState::NeedsAction: return QStringLiteral("action");
    }
    return QStringLiteral("queued");
}

OutboxState outboxStateFromKey(const QString &key)
{
    for (auto s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                   OutboxState::RetryLater, OutboxState::NeedsAction}) {
        if (outboxStateKey(s) == key)
            return s;
    }
    return OutboxState::Queued;
}

QString paperFormKey(PaperForm form)
{
    switch (form) {
    case PaperForm::OriginalSeen: return QStringLiteral("original_seen");
    case PaperForm::CopyKept: return QStringLiteral("copy_kept");
    case PaperForm::ScanAttached: return QStringLiteral("scan");
    case PaperForm::ReusedDigitised: return QStringLiteral("reused");
    }
    return QStringLiteral("copy_kept");
}

std::optional<PaperForm> paperFormFromKey(const QString &key)
{
    for (auto f : {PaperForm::OriginalSeen, PaperForm::CopyKept, PaperForm::ScanAttached,
                   PaperForm::ReusedDigitised}) {
        if (paperFormKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString confirmationKey(Confirmation c)
{
    switch (c) {
    case Confirmation::None: return QStringLiteral("none");
    case Confirmation::Confirmed: return QStringLiteral("confirmed");
    case Confirmation::Awaiting: return QStringLiteral("awaiting");
    }
    return QStringLiteral("none");
}

Confirmation confirmationFromKey(const QString &key)
{
    for (auto c : {Confirmation::None, Confirmation::Confirmed, Confirmation::Awaiting}) {
        if (confirmationKey(c) == key)
            return c;
    }
    return Confirmation::None;
}

} // namespace motcua
