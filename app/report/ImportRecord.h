// One line of a dossier history file (docs/units-and-import.md): a national one-stop record
// (DongBoHoSoMC fields) plus MaDonVi and CapDonVi, turned into what report_dossier keeps.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <expected>

namespace motcua {

// Why a line was refused: the record's field (empty when the line as a whole is wrong) and what
// to do, translated. Never the value of a personal field.
struct ImportProblem
{
    QString field;
    QString text;
};

struct ImportRecord
{
    Q_DECLARE_TR_FUNCTIONS(ImportRecord)

public:
    QString code; // MaHoSo
    QString unitCode, unitName;
    QString fieldCode, fieldName;
    QString procedureCode, procedureName;
    int unitLevel = 3;        // CapDonVi
    int channel = 1;          // KenhThucHien
    bool emc = false;         // online with the citizen's own account, as the national monitor counts
    bool assisted = false;    // of those: prepared at a counter and confirmed by the citizen
    qint64 receivedDay = 0;   // Julian day of NgayTiepNhan (Vietnam time, as written)
    qint64 finishedDay = 0;   // Julian day of the first end date; 0 while open

    // Parses and checks one non-blank line. Thread-safe: lines are parsed in parallel.
    static std::expected<ImportRecord, ImportProblem> parse(QByteArrayView line);
};

} // namespace motcua
