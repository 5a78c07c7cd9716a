#include "CrashAudit.h"

#include "core/DeskSettings.h"
#include "core/DeskStartup.h"
#include "intake/AttachmentStore.h"
#include "security/Vault.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QStringList listOf(const QString &field)
{
    return field == u"-" ? QStringList() : field.split(u',');
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

struct StoredPapers
{
    int count = 0;
    QStringList scans;
};

} // namespace

QStringList SaveIntent::scans() const
{
    return sorted(fresh + reused);
}

std::optional<SaveIntent> SaveIntent::parse(const QString &line)
{
    const QStringList f = line.split(u' ');
    if (f.size() != 4 || f.at(0) != u"Q")
        return std::nullopt;
    return SaveIntent{f.at(1).toInt(), listOf(f.at(2)), listOf(f.at(3))};
}

QSet<QString> CrashAudit::filesOnDisk(QStringList *unfinished) const
{
    static const QRegularExpression hashName(u"^[0-9a-f]{64}$"_s);
    QSet<QString> files;
    QDirIterator it(DeskSettings(m_dataDir).attachmentsDir(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QString name = file.fileName();
        if (hashName.match(name).hasMatch() && file.dir().dirName() == name.left(2))
            files.insert(name);
        else if (unfinished)
            unfinished->append(name);
    }
    return files;
}

AuditFindings CrashAudit::audit(QHash<QString, SaveIntent> &committed,
                                const std::optional<SaveIntent> &pending)
{
    AuditFindings found;
    QStringList unfinished;
    const QSet<QString> before = filesOnDisk(&unfinished);
    found.partialsRemoved = int(unfinished.size());

    const DeskSettings settings(m_dataDir);
    auto opened = Database::open(settings.storePath());
    if (!opened) {
        found.problem = u"the store does not open after the kill: %1 (%2)"_s.arg(
            opened.error().code, opened.error().detail);
        return found;
    }
    if (auto prepared = prepareDesk(**opened, settings); !prepared) {
        found.problem = u"prepareDesk fails after the kill: %1 (%2)"_s.arg(
            prepared.error().code, prepared.error().detail);
        return found;
    }
    found.problem = check(**opened, committed, pending, found);
    found.orphansRemoved = int(before.size()) - found.attachments;
    return found;
}

QString CrashAudit::check(Database &db, QHash<QString, SaveIntent> &committed,
                          const std::optional<SaveIntent> &pending, AuditFindings &found)
{
    QSqlQuery q(db.sql());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"
        || q.next())
        return u"PRAGMA integrity_check is not ok"_s;

    QHash<qint64, QString> codes; // dossier id → code
    q.exec(u"SELECT id, code FROM dossier"_s);
    while (q.next())
        codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    found.dossiers = int(codes.size());
    QHash<qint64, StoredPapers> papers;
    QSet<QString> referenced;
    q.exec(u"SELECT dossier_id, sha256 FROM dossier_paper"_s);
    while (q.next()) {
        StoredPapers &p = papers[q.value(0).toLongLong()];
        ++p.count;
        if (!q.value(1).isNull()) {
            p.scans << q.value(1).toString();
            referenced.insert(q.value(1).toString());
        }
    }
    QHash<qint64, QStringList> outbox; // dossier id → MaHoSo of each entry
    // Sealed by the crash saver under its fixed key; one that does not open counts as damage.
    static const auto payloadVault = std::make_shared<const Vault>(QByteArray(32, '\x5a'));
    q.exec(u"SELECT dossier_id, payload FROM outbox"_s);
    while (q.next()) {
        const auto plain = payloadVault->open(q.value(1).toString(), "outbox.payload");
        outbox[q.value(0).toLongLong()]
            << (plain ? QJsonDocument::fromJson(*plain).object().value(u"MaHoSo"_s).toString()
                      : u"(payload does not open)"_s);
    }
    QHash<QString, qint64> rows; // attachment sha256 → size
    q.exec(u"SELECT sha256, size FROM attachment"_s);
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toLongLong());
    found.attachments = int(rows.size());

    for (auto it = papers.cbegin(); it != papers.cend(); ++it) {
        if (!codes.contains(it.key()))
            return u"papers of a dossier that does not exist (id %1)"_s.arg(it.key());
    }
    for (auto it = outbox.cbegin(); it != outbox.cend(); ++it) {
        if (!codes.contains(it.key()))
            return u"an outbox entry of a dossier that does not exist (id %1)"_s.arg(it.key());
    }
    QSet<QString> inStore;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        const QString &code = it.value();
        if (inStore.contains(code))
            return u"the code %1 is used twice"_s.arg(code);
        inStore.insert(code);
        if (outbox.value(it.key()) != QStringList{code})
            return u"dossier %1 has outbox entries %2, not exactly one for it"_s.arg(
                code, outbox.value(it.key()).join(u' '));
        const StoredPapers stored = papers.value(it.key());
        if (!committed.contains(code)) {
            // Committed, killed before it could say so: only the save in progress may be that.
            if (!pending || found.pendingCommitted)
                return u"dossier %1 is in the store but was never being queued"_s.arg(code);
            found.pendingCommitted = true;
            committed.insert(code, *pending);
        }
        const SaveIntent &intent = committed.value(code);
        if (stored.count != intent.papers || sorted(stored.scans) != intent.scans())
            return u"dossier %1 has %2 papers and scans %3; it was queued with %4 and %5"_s.arg(
                code, QString::number(stored.count), sorted(stored.scans).join(u','),
                QString::number(intent.papers), intent.scans().join(u','));
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (!inStore.contains(it.key()))
            return u"dossier %1 was reported committed but is not in the store"_s.arg(it.key());
    }
    if (pending && !found.pendingCommitted) {
        for (const QString &sha : pending->fresh) {
            if (rows.contains(sha))
                return u"scan %1 of a dossier that never committed has a row"_s.arg(sha);
        }
    }
    for (const QString &sha : std::as_const(referenced)) {
        if (!rows.contains(sha))
            return u"a paper refers to scan %1, which has no row"_s.arg(sha);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!referenced.contains(it.key()))
            return u"scan %1 has a row but no paper refers to it"_s.arg(it.key());
    }
    if (QString bad = checkFiles(rows); !bad.isEmpty())
        return bad;

    // Sequence numbers are taken in the dossier's transaction: none may be lost to a kill.
    QHash<QString, QList<int>> numbers; // unit-yymmdd-desk → sequence numbers
    for (const QString &code : std::as_const(inStore)) {
        const qsizetype cut = code.lastIndexOf(u'-');
        numbers[code.left(cut)] << code.mid(cut + 1).toInt();
    }
    QHash<QString, int> last;
    q.exec(u"SELECT unit_code, desk_code, day, last FROM dossier_sequence"_s);
    while (q.next())
        last.insert(u"%1-%2-%3"_s.arg(q.value(0).toString(), q.value(2).toString().mid(2),
                                      q.value(1).toString()),
                    q.value(3).toInt());
    if (QSet<QString>(numbers.keyBegin(), numbers.keyEnd())
        != QSet<QString>(last.keyBegin(), last.keyEnd()))
        return u"the days with dossiers and the days with sequence numbers differ"_s;
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i) != i + 1)
                return u"%1: sequence number %2 is missing"_s.arg(it.key()).arg(i + 1);
        }
        if (last.value(it.key()) != it->size())
            return u"%1: %2 dossiers but the sequence is at %3"_s.arg(it.key())
                .arg(it->size())
                .arg(last.value(it.key()));
    }
    return {};
}

// Every row has its complete file; no file, finished or not, is left without a row.
QString CrashAudit::checkFiles(const QHash<QString, qint64> &rows)
{
    QStringList unfinished;
    const QSet<QString> files = filesOnDisk(&unfinished);
    if (!unfinished.isEmpty())
        return u"unfinished files left after the start: %1"_s.arg(unfinished.join(u' '));
    const QString dir = DeskSettings(m_dataDir).attachmentsDir();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString &sha = it.key();
        const QFileInfo file(QDir(dir).filePath(sha.left(2) + u'/' + sha));
        if (!file.isFile())
            return u"scan %1 has a row but no file"_s.arg(sha);
        // Sealed: the scan plus the vault's nonce and tag.
        if (file.size() != it.value() + Vault::kOverhead)
            return u"scan %1 is %2 bytes; its row says %3"_s.arg(sha).arg(file.size()).arg(it.value());
        // Each file is hashed again only when it changed since its content was checked.
        const QString seen = u"%1 %2"_s.arg(file.size()).arg(
            file.lastModified().toMSecsSinceEpoch());
        if (m_hashed.value(sha) != seen) {
            // The saver seals with a fixed key (crash_saver.cpp); read() opens and checks the hash.
            static const auto vault = std::make_shared<const Vault>(QByteArray(32, '\x5a'));
            if (auto plain = AttachmentStore(dir, vault).read(sha); !plain)
                return u"the content of scan %1 does not match its name (%2)"_s.arg(
                    sha, plain.error().code);
            m_hashed.insert(sha, seen);
        }
    }
    for (const QString &sha : files) {
        if (!rows.contains(sha))
            return u"scan file %1 has no row after the start"_s.arg(sha);
    }
    return {};
}
