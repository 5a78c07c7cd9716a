#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

// One row of audit_log, as stored. Text fields are kept exactly as stored: the hash covers them
// byte for byte (UTF-8), so nothing is normalised when reading.
struct AuditEntry
{
    qint64 seq = 0;
    QString at;      // UTC, ISO 8601 with milliseconds and Z
    QString actor;
    QString kind;    // auditKindName(); kept as text so that any stored value can be verified
    QString subject;
    QString detail;  // a compact JSON object
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature;
};

// The signed head: the last entry's seq and hash when it was appended (desk_meta 'audit_head').
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash;
    QByteArray signature;
};

} // namespace motcua
