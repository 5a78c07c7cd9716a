// What the import tests share: records to vary, the real motcua-cli on a real store, and
// digests of what the report reads.
#pragma once

#include "TempStore.h"

#include "intake/IntakeService.h"
#include "report/DossierImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// motcua-cli --data-dir DIR import-dossiers FILE, run as the real binary on a real store.
namespace import_test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A direct dossier received on 5 March 2025 at 08:30, still being processed.
inline QJsonObject record(const QString &code)
{
    return QJsonObject{{u"MaHoSo"_s, code},
                       {u"MaTTHC"_s, u"1.001193"_s},
                       {u"TenTTHC"_s, u"Đăng ký khai sinh"_s},
                       {u"MaLinhVuc"_s, u"HT"_s},
                       {u"TenLinhVuc"_s, u"Hộ tịch"_s},
                       {u"KenhThucHien"_s, 1},
                       {u"ChuHoSo"_s, u"Nguyễn Văn Riêng"_s},
                       {u"SoGiayToChuHoSo"_s, u"001090000001"_s},
                       {u"SoDienThoai"_s, u"0912000111"_s},
                       {u"NgayTiepNhan"_s, u"20250305083000"_s},
                       {u"TrangThaiHoSo"_s, 4},
                       {u"MaDonVi"_s, u"99101"_s},
                       {u"TenDonVi"_s, u"Xã Một"_s},
                       {u"CapDonVi"_s, 3}};
}

inline QJsonObject with(QJsonObject o, const QJsonObject &changes, const QStringList &removed = {})
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    for (const QString &key : removed)
        o.remove(key);
    return o;
}

inline QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject proof()
{
    return QJsonObject{{u"MaXacThuc"_s, u"tok-1"_s}};
}

inline qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// Every imported row, in code order: code received finished channel emc assisted level unit.
inline QString importedRows(motcua::Database &db)
{
    return scalar(db, u"SELECT group_concat(r, '\n') FROM (SELECT d.code || ' ' || "
                      "d.received_day || ' ' || ifnull(d.finished_day, '-') || ' ' || d.channel "
                      "|| ' ' || d.emc || ' ' || d.assisted || ' ' || d.unit_level || ' ' || "
                      "u.code AS r FROM report_dossier d JOIN report_key u ON u.id = d.unit_key "
                      "WHERE d.source = 2 ORDER BY d.code)"_s)
        .toString();
}

// Everything the report reads, to see that a refused file changed nothing.
inline QString digest(motcua::Database &db)
{
    return scalar(db, u"SELECT (SELECT group_concat(x, ';') FROM (SELECT id || ',' || code || ','"
                      " || source || ',' || unit_key || ',' || unit_level || ',' || field_key || "
                      "',' || procedure_key || ',' || channel || ',' || emc || ',' || assisted "
                      "|| ',' || received_day || ',' || ifnull(finished_day, '') AS x FROM "
                      "report_dossier ORDER BY id)) || '|' || (SELECT group_concat(y, ';') FROM "
                      "(SELECT id || ',' || kind || ',' || code || ',' || name AS y FROM "
                      "report_key ORDER BY id))"_s)
        .toString();
}

// The files a test writes, and the CLI runs on a store.
class ImportFixture
{
protected:
    QTemporaryDir m_files;
    int m_fileCount = 0;

    static Run cli(const QString &dataDir, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TZ"_s, u"America/New_York"_s); // the stamps are Vietnam time, as written
        p.setProcessEnvironment(env);
        p.start(QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-cli"_s),
                QStringList{u"--lang"_s, u"en"_s, u"--data-dir"_s, dataDir} + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            qFatal("motcua-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QByteArray &content)
    {
        QFile f(m_files.filePath(u"file-%1.jsonl"_s.arg(++m_fileCount)));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write a test file");
        return f.fileName();
    }

    QString writeLines(const QList<QByteArray> &lines)
    {
        return writeFile(lines.join('\n') + '\n');
    }

    Run import(TempStore &store, const QString &file)
    {
        store.close();
        Run r = cli(store.dir(), {u"import-dossiers"_s, file});
        store.reopen();
        return r;
    }

    static bool isRefusal(const Run &r)
    {
        return r.exitCode == 2 && r.out.isEmpty() && r.err.count(u'\n') == 1;
    }
};

} // namespace import_test
