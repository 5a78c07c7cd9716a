#include "KeychainStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "motcua.security")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)
};

// The clerk's message for a failed job; entry names and values never reach the log.
Error errorOf(const QKeychain::Job &job)
{
    const QString detail = u"keychain error %1: %2"_s.arg(int(job.error())).arg(job.errorString());
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {u"secret.missing"_s, Tr::tr("This desk's key is not in the keychain."), detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return {u"secret.unavailable"_s,
                Tr::tr("The system keyring cannot be reached, so motcua cannot keep its keys and "
                       "sign-in safely. Sign in to the computer's desktop session (which unlocks "
                       "the keyring) and start motcua again; if it keeps happening, call the IT "
                       "officer."),
                detail};
    default:
        // No session bus, no Secret Service on it, or a locked keyring all come as OtherError;
        // only the text tells them apart.
        if (const QString text = job.errorString();
            text.contains(u"org.freedesktop.secrets"_s) || text.contains(u"D-Bus"_s, Qt::CaseInsensitive)
            || text.contains(u"DBus"_s, Qt::CaseInsensitive)
            || text.contains(u"connect"_s, Qt::CaseInsensitive)
            || text.contains(u"locked"_s, Qt::CaseInsensitive)
            || text.contains(u"not provided by any .service"_s))
            return {u"secret.unavailable"_s,
                    Tr::tr("The system keyring cannot be reached, so motcua cannot keep its keys "
                           "and sign-in safely. Sign in to the computer's desktop session (which "
                           "unlocks the keyring) and start motcua again; if it keeps happening, "
                           "call the IT officer."),
                    detail};
        return {u"secret.failed"_s,
                Tr::tr("The system keyring refused the request. Try again; if it keeps happening, "
                       "call the IT officer."),
                detail};
    }
}

template<typename Job>
Job *makeJob(const QString &service, const QString &name)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

} // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)) {}

void KeychainStore::read(const QString &name, std::function<void(Result<QByteArray>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, name);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (read->error() != QKeychain::NoError) {
                             const Error e = errorOf(*read);
                             if (e.code != u"secret.missing")
                                 qCWarning(lcSecrets).noquote() << "read failed:" << e.detail;
                             return done(std::unexpected(e));
                         }
                         done(read->binaryData());
                     });
    job->start();
}

void KeychainStore::write(const QString &name, const QByteArray &value,
                          std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, name);
    job->setBinaryData(value);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() != QKeychain::NoError) {
                             const Error e = errorOf(*finished);
                             qCWarning(lcSecrets).noquote() << "write failed:" << e.detail;
                             return done(std::unexpected(e));
                         }
                         done({});
                     });
    job->start();
}

void KeychainStore::remove(const QString &name, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, name);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() == QKeychain::NoError
                             || finished->error() == QKeychain::EntryNotFound)
                             return done({});
                         const Error e = errorOf(*finished);
                         qCWarning(lcSecrets).noquote() << "remove failed:" << e.detail;
                         done(std::unexpected(e));
                     });
    job->start();
}

} // namespace motcua
