// Importing dossier history (docs/units-and-import.md): writes a realistic JSONL file of national
// records (5 years, 150 units at levels 2 and 3 with the July 2025 switch, 30 fields, 800
// procedures, about 30% online of which about 15% counted by the national monitor), then imports
// it into a fresh store through DossierImport and prints the figures. The file and the store live
// on the real disk: in $MOTCUA_BENCH_DIR, else next to this program, never in /tmp (tmpfs).
// Usage: bench_import [COUNT=1000000] [--keep] [--reimport] (--keep leaves the JSONL file for the
// next run, which then reuses it; --reimport imports the same file a second time, every record
// then replacing its earlier import, as a newer export would).
#include "report/AdminUnit.h"
#include "report/DossierImport.h"
#include "report/UnitRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

constexpr int kUnits = 150;
constexpr int kTowns = 15; // districts until 30 June 2025, communes since
const QDate kSwitch(2025, 7, 1);

QByteArray unitCode(int i)
{
    return QByteArray::number(99000 + i);
}

// The province, 15 towns that changed level in 2025 and 135 communes under them until then.
QList<AdminUnit> unitList()
{
    QList<AdminUnit> units{{u"99"_s, u"Tỉnh Thử"_s, AdminUnit::kProvince, {}, {}, {}, 0}};
    for (int i = 0; i < kUnits; ++i) {
        const QString code = QString::fromLatin1(unitCode(i));
        const QString before = i < kTowns ? u"99"_s : QString::fromLatin1(unitCode(i % kTowns));
        units.append({code, u"Đơn vị %1"_s.arg(i), i < kTowns ? 2 : 3, before, {},
                      kSwitch.addDays(-1), 0});
        units.append({code, u"Đơn vị %1"_s.arg(i), 3, u"99"_s, kSwitch, {}, 0});
    }
    return units;
}

QByteArray stamp(const QDateTime &t)
{
    return t.toString(u"yyyyMMddHHmmss"_s).toLatin1();
}

QByteArray record(qint64 n, QRandomGenerator &rng)
{
    const QDateTime received(QDate(2021, 1, 1).addDays(rng.bounded(5 * 365)),
                             QTime(7 + rng.bounded(10), rng.bounded(60), rng.bounded(60)));
    const int unit = rng.bounded(kUnits);
    const int level = unit < kTowns && received.date() < kSwitch ? 2 : 3;
    const int procedure = rng.bounded(800);
    const int field = procedure % 30;
    const bool online = rng.bounded(100) < 30;
    const int kind = rng.bounded(100); // of online: 15 counted (half of them assisted)
    const bool account = online && kind < 60;
    const bool proof = online && kind < 15;
    const bool clerk = !online || kind >= 8;
    const bool open = received.date() > QDate(2025, 11, 15) && rng.bounded(2) == 0;
    const QByteArray code = "H99." + unitCode(unit) + '-' + QByteArray::number(n);
    const QByteArray cccd = QByteArray::number(1090000000000LL + n).right(12);
    QByteArray r;
    r.reserve(900);
    r += "{\"MaHoSo\":\"" + code + "\",\"MaTTHC\":\"1." + QByteArray::number(1000 + procedure)
         + "\",\"TenTTHC\":\"Thủ tục hành chính số " + QByteArray::number(procedure)
         + "\",\"MaLinhVuc\":\"LV" + QByteArray::number(field) + "\",\"TenLinhVuc\":\"Lĩnh vực "
         + QByteArray::number(field) + "\",\"KenhThucHien\":" + (online ? "2" : "1")
         + ",\"ChuHoSo\":\"Nguyễn Văn Thử\",\"LoaiDoiTuong\":1,\"SoGiayToChuHoSo\":\"" + cccd
         + "\",\"SoDienThoai\":\"09120" + QByteArray::number(10000 + n % 90000)
         + "\",\"TrichYeuHoSo\":\"Đề nghị giải quyết thủ tục số " + QByteArray::number(procedure)
         + "\",\"NgayNopHoSo\":\"" + stamp(received) + "\",\"NgayTiepNhan\":\"" + stamp(received)
         + "\",\"NgayHenTra\":\"" + stamp(received.addDays(5)) + "\",\"TrangThaiHoSo\":"
         + (open ? "4" : "10") + ",\"DonViXuLy\":\"" + unitCode(unit) + "\",\"MaDonVi\":\""
         + unitCode(unit) + "\",\"TenDonVi\":\"Đơn vị " + QByteArray::number(unit)
         + "\",\"CapDonVi\":" + QByteArray::number(level);
    if (!open)
        r += ",\"NgayKetThucXuLy\":\"" + stamp(received.addDays(3))
             + "\",\"NgayTra\":\"" + stamp(received.addDays(4)) + '"';
    if (clerk)
        r += ",\"CanBoTiepNhan\":\"canbo" + QByteArray::number(unit % 7) + '"';
    // Half of the accounts are authenticated with VNeID; those without a proof code have a clerk
    // named, so the flag changes no count.
    if (account)
        r += ",\"MaDoiTuong\":\"CD" + cccd + "\",\"TaiKhoanDuocXacThucVoiVNeID\":"
             + (kind < 30 ? "1" : "0");
    if (proof)
        r += ",\"XacThucCongDan\":{\"MaXacThuc\":\"xt-" + QByteArray::number(n, 16) + "\"}";
    r += ",\"HoSoCoThanhPhanSoHoa\":1,\"TaiLieuNop\":[{\"TepDinhKemId\":\"" + QByteArray::number(n, 16)
         + "\",\"TenTepDinhKem\":\"Tờ khai\",\"IsDeleted\":false,\"MaThanhPhanHoSo\":\"TK\","
           "\"DuocSoHoa\":1}]}\n";
    return r;
}

Result<qint64> writeFile(const QString &path, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(u"bench"_s, f.errorString());
    QRandomGenerator rng(20251123);
    QByteArray buffer;
    for (qint64 n = 1; n <= count; ++n) {
        buffer += record(n, rng);
        if (buffer.size() > (4 << 20) || n == count) {
            if (f.write(buffer) != buffer.size())
                return fail(u"bench"_s, f.errorString());
            buffer.clear();
        }
    }
    return f.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const bool keep = args.contains(u"--keep"_s);
    const bool reimport = args.contains(u"--reimport"_s);
    qint64 count = 1000000;
    for (const QString &a : args) {
        if (!a.startsWith(u"--"))
            count = a.toLongLong();
    }
    const QString base = qEnvironmentVariableIsSet("MOTCUA_BENCH_DIR")
                             ? qEnvironmentVariable("MOTCUA_BENCH_DIR")
                             : QCoreApplication::applicationDirPath();
    const QString file = QDir(base).filePath(u"bench-import-%1.jsonl"_s.arg(count));
    QElapsedTimer timer;
    if (!QFile::exists(file)) {
        timer.start();
        auto written = writeFile(file, count);
        if (!written) {
            out << "cannot write " << file << ": " << written.error().message << Qt::endl;
            return 1;
        }
        out << "wrote " << count << " records, " << *written / 1e6 << " MB ("
            << double(*written) / count << " bytes per record) in " << timer.elapsed() / 1000.0
            << " s" << Qt::endl;
    }
    QTemporaryDir dir(QDir(base).filePath(u"bench-import-XXXXXX"_s));
    auto db = Database::open(dir.filePath(u"motcua.db"_s));
    if (!db || !UnitRepository(**db).replaceAll(unitList())) {
        out << "cannot prepare the store" << Qt::endl;
        return 1;
    }
    for (int pass = 1; pass <= (reimport ? 2 : 1); ++pass) {
        QFile loadavg(u"/proc/loadavg"_s);
        const QByteArray loadBefore =
            loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
        timer.start();
        auto summary = DossierImport(**db).importFile(file);
        const double seconds = timer.elapsed() / 1000.0;
        if (!summary) {
            out << "import refused: " << summary.error().message << Qt::endl;
            return 1;
        }
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out << (pass == 1 ? "imported " : "imported again ") << summary->records << " records ("
            << summary->added << " new, " << summary->replaced << " replaced, "
            << summary->bytes / 1e6 << " MB) in " << seconds << " s: "
            << qint64(summary->records / seconds) << " lines/s, "
            << summary->bytes / 1e6 / seconds << " MB/s; peak RSS " << usage.ru_maxrss / 1024
            << " MB; " << QThread::idealThreadCount() << " threads; load average before "
            << QString::fromLatin1(loadBefore) << Qt::endl;
    }
    if (!keep)
        QFile::remove(file);
    return 0;
}
