#include "SyncFixture.h"

#include "TempStore.h"
#include "TestVault.h"

#include "intake/AttachmentStore.h"
#include "intake/IntakeService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace SyncFixture {

QString writeScan(const QString &dir, int seed, qint64 bytes)
{
    const QString path = dir + u"/scan-%1.pdf"_s.arg(seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write a test scan");
    QByteArray body = "%PDF-1.4\n%";
    QRandomGenerator random(quint32(seed) + 1);
    body.resize(std::max<qint64>(64, bytes - 32));
    for (qsizetype i = 10; i < body.size(); ++i)
        body[i] = char(32 + random.bounded(90)); // printable, inside a comment
    body += "\ntrailer\n%%EOF\n";
    f.write(body);
    return path;
}

QStringList queueDossiers(Database &db, const QString &attachmentsDir, int n, int scanEvery,
                          qint64 scanBytes, int first)
{
    DeskIdentity desk;
    desk.deskCode = u"01"_s;
    IntakeService intake(db, {}, attachmentsDir);
    // Scans are sealed under the store's vault, which the sync then opens them with.
    if (!db.vault())
        db.setVault(testVault());
    AttachmentStore scans(attachmentsDir, db.vault());
    QStringList hashes;
    QDir().mkpath(attachmentsDir);
    for (int i = first; i < first + n; ++i) {
        DossierDraft d;
        d.procedureCode = i % 2 ? u"1.001193"_s : u"1.000894"_s;
        d.applicantName = u"Phạm Thị Hoa %1"_s.arg(i);
        d.applicantCccd = u"001190%1"_s.arg(i, 6, 10, QChar(u'0'));
        d.applicantPhone = u"0987654321"_s;
        d = withRequiredPapers(db, d);
        if (scanEvery > 0 && i % scanEvery == 0 && !d.papers.isEmpty()) {
            auto stored = scans.import(writeScan(attachmentsDir + u"/.."_s, i, scanBytes));
            if (!stored)
                qFatal("cannot store a test scan: %s", qPrintable(stored.error().message));
            PaperDraft &p = d.papers.first();
            p = PaperDraft::of(p.code, p.name, p.required, 1, PaperForm::ScanAttached);
            p.sha256 = stored->sha256;
            p.mime = stored->mime;
            p.size = stored->size;
            p.originalName = u"scan.pdf"_s;
            hashes.append(stored->sha256);
        }
        if (auto queued = intake.queue(d, desk, QDateTime::currentDateTime()); !queued)
            qFatal("cannot queue a test dossier: %s", qPrintable(queued.error().message));
    }
    return hashes;
}

SyncSummary runSync(Database &db, const QUrl &server, const QString &attachmentsDir)
{
    ProvincialApi api(server);
    SyncEngine engine(db, api, kClerk);
    engine.setAttachmentsDir(attachmentsDir);
    engine.setForce(true); // the clerk's "sync now": each run tries everything pending
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(240000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

QString signIn(const QUrl &server)
{
    ProvincialApi api(server);
    QString session;
    bool finished = false;
    api.login(kClerk, [&](Result<QString> s) {
        session = s.value_or(QString());
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        qWarning("sign-in did not finish");
    return session;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace SyncFixture
