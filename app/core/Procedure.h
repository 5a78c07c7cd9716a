#pragma once

#include <QList>
#include <QString>

namespace motcua {

enum class OnlineLevel { Full, Partial }; // DVCTT toàn trình / một phần

struct ProcedureField
{
    QString code;
    QString name;
};

struct ProcedurePaper
{
    QString code;
    QString name;
    bool required = true;
    int copies = 1;
};

struct Procedure
{
    QString code;
    bool codeConfirmed = false;
    QString name;
    ProcedureField field;
    QStringList levels; // "province", "district", "commune"
    OnlineLevel onlineLevel = OnlineLevel::Partial;
    qint64 feeVnd = 0; // integer đồng
    QString feeNote;
    int processingDays = 0; // working days
    // Shorter processing time the province sets for dossiers submitted online; -1: not shortened.
    int processingDaysOnline = -1;
    QList<ProcedurePaper> papers;
};

struct Catalog
{
    QString version;
    QString issuer;
    QList<ProcedureField> fields;
    QList<Procedure> procedures;
};

struct ProcedureMatch
{
    QString code;
    QString name;
    QString fieldName;
};

} // namespace motcua
