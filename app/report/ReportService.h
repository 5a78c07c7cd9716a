// Computes the online-rate report from report_dossier (docs/reports.md) the way the national
// monitor (EMC) counts: per period, grouped by level, unit, field or procedure.
#pragma once

#include "Report.h"
#include "core/Error.h"

namespace motcua {

class Database;

class ReportService
{
public:
    explicit ReportService(Database &db) : m_db(db) {}

    // The report for the request's period, its groups in a stable order and a final "all" row.
    // Levels always give the three rows province, district, commune (zeros included).
    Result<Report> run(const ReportRequest &request) const;

    // One point per calendar month, the `months` months ending with the one holding lastDay,
    // oldest first; each row is the "all" row of that month's report.
    Result<QList<TrendPoint>> monthlyTrend(const QDate &lastDay, int months,
                                           const QString &deskUnitCode) const;

private:
    Database &m_db;
};

} // namespace motcua
