// A Secret Service of the test's own: a private D-Bus session bus and a gnome-keyring-daemon
// whose login keyring lives in a temporary folder, created unlocked. The test
// never reads or writes the keyring of the account running it, whose password it does not know.
// Start it before anything in the process touches D-Bus: the session bus address is read once.
// Programs the test starts afterwards inherit the same bus.
#pragma once

#include "Await.h"

#include "security/KeychainStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

class PrivateKeyring
{
public:
    PrivateKeyring() = default;
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    ~PrivateKeyring()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // Empty when the keyring is up; otherwise why not.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000))
            return QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        // The folders must exist: without XDG_RUNTIME_DIR the daemon cannot make its control
        // socket and never takes its bus name.
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(var));
            QDir().mkpath(path);
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ExeOwner);
            qputenv(var, path.toLocal8Bit());
        }

        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon did not start: ")
                   + m_keyring.errorString();
        // The password of the new login keyring, which it creates unlocked. An empty input
        // creates none.
        m_keyring.write("test\n");
        m_keyring.waitForBytesWritten(5000); // QProcess writes only from an event loop otherwise
        m_keyring.closeWriteChannel();

        // Nothing may ask for the Secret Service before this daemon owns its bus name: the bus
        // would start another gnome-keyring-daemon for that request (D-Bus activation), one
        // without --unlock, whose login keyring stays locked ("Cannot create an item in a
        // locked collection"). Under load that request can win the race.
        const QDeadlineTimer deadline(20000);
        while (!ownsSecretsName()) {
            if (deadline.hasExpired())
                return QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets: ")
                       + QString::fromLocal8Bit(m_keyring.readAllStandardError()) + u' '
                       + QString::fromLocal8Bit(m_keyring.readAllStandardOutput()) + u' '
                       + QString::number(m_keyring.state()) + u' ' + QString::number(m_keyring.exitCode());
            QThread::msleep(50);
        }
        // Ready when an entry can be written (and removed again): the bus name is there and the
        // login keyring exists, unlocked.
        const QString probe = QStringLiteral("private-keyring/probe");
        QString last;
        while (!deadline.hasExpired()) {
            motcua::KeychainStore secrets;
            auto written = await<motcua::Result<void>>(
                [&](std::function<void(motcua::Result<void>)> done) {
                    secrets.write(probe, QByteArray("x"), done);
                });
            if (written) {
                auto removed = await<motcua::Result<void>>(
                    [&](std::function<void(motcua::Result<void>)> done) {
                        secrets.remove(probe, done);
                    });
                return removed ? QString() : removed.error().detail;
            }
            last = written.error().detail;
            QThread::msleep(200);
        }
        return QStringLiteral("the private keyring did not answer: ") + last;
    }

private:
    // Asks the bus itself (NameHasOwner never activates a service).
    static bool ownsSecretsName()
    {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        const bool ok = ask.waitForFinished(5000);
        const QByteArray out = ask.readAllStandardOutput();
        return ok && out.contains("boolean true");
    }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};
