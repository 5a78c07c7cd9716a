#include "TlsCerts.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}
} // namespace

TlsCerts::Pair TlsCerts::make(const QString &name, const QString &cn, const QString &san)
{
    const Pair pair{m_dir.filePath(name + u".crt"_s), m_dir.filePath(name + u".key"_s), {}};
    // An EC key: quick to make, and a kind of key a provincial server may well use.
    if (!run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                            u"-subj"_s, u"/CN="_s + cn, u"-addext"_s, u"subjectAltName="_s + san,
                            u"-keyout"_s, pair.key, u"-out"_s, pair.cert}))
        return {};
    // The pin as docs/protocol.md tells the IT officer to compute it.
    QByteArray pin;
    const QString pipeline =
        u"openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der "
        "| openssl dgst -sha256 -binary | openssl enc -base64"_s.arg(pair.cert);
    if (!run(u"sh"_s, {u"-c"_s, pipeline}, &pin))
        return {};
    return {pair.cert, pair.key, QString::fromLatin1(pin.trimmed())};
}
