<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Entry %1: edited. Its content is not what this desk signed.</source>
        <translation>Entry %1: edited. Its content is not what this desk signed.</translation>
    </message>
    <message>
        <source>Entry %1: bad signature. The entry is in its place in the chain but its signature is not this desk&apos;s.</source>
        <translation>Entry %1: bad signature. The entry is in its place in the chain but its signature is not this desk&apos;s.</translation>
    </message>
    <message>
        <source>Entry %1: deleted. Entries were removed here and the ones after them renumbered.</source>
        <translation>Entry %1: deleted. Entries were removed here and the ones after them renumbered.</translation>
    </message>
    <message>
        <source>Entry %1: deleted.</source>
        <translation>Entry %1: deleted.</translation>
    </message>
    <message>
        <source>Entry %1: deleted, with the %2 entries up to entry %3.</source>
        <translation>Entry %1: deleted, with the %2 entries up to entry %3.</translation>
    </message>
    <message>
        <source>Entry %1: inserted. This desk did not write it.</source>
        <translation>Entry %1: inserted. This desk did not write it.</translation>
    </message>
    <message>
        <source>Entry %1: reordered. The entry that belongs here is at %2.</source>
        <translation>Entry %1: reordered. The entry that belongs here is at %2.</translation>
    </message>
    <message>
        <source>Entry %1: reordered. It belongs elsewhere in the chain.</source>
        <translation>Entry %1: reordered. It belongs elsewhere in the chain.</translation>
    </message>
    <message>
        <source>Entry %1: truncated. The last %2 entries were removed (the signed head names entry %3).</source>
        <translation>Entry %1: truncated. The last %2 entries were removed (the signed head names entry %3).</translation>
    </message>
    <message>
        <source>Entry %1: bad head. The signed end of the log is missing, not this desk&apos;s or older than the log, so entries removed from the end cannot be ruled out.</source>
        <translation>Entry %1: bad head. The signed end of the log is missing, not this desk&apos;s or older than the log, so entries removed from the end cannot be ruled out.</translation>
    </message>
    <message>
        <source>Entry %1: emptied. The log is empty although the store holds dossiers received since it began.</source>
        <translation>Entry %1: emptied. The log is empty although the store holds dossiers received since it began.</translation>
    </message>
    <message>
        <source>Entry %1: bad signature. Neither it nor the end of the log is signed with this key: check that it is this store&apos;s public key.</source>
        <translation>Entry %1: bad signature. Neither it nor the end of the log is signed with this key: check that it is this store&apos;s public key.</translation>
    </message>
</context>
<context>
    <name>AdminFile</name>
    <message>
        <source>The file could not be installed as %1 (%2). The file in use was not changed. Check the desk&apos;s data folder and its free space.</source>
        <translation>The file could not be installed as %1 (%2). The file in use was not changed. Check the desk&apos;s data folder and its free space.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>The file %1 cannot be read (%2).</translation>
    </message>
</context>
<context>
    <name>AdminUnitCheck</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the code is empty; write the unit&apos;s statistics code.</source>
        <translation>the code is empty; write the unit&apos;s statistics code.</translation>
    </message>
    <message>
        <source>the code “%1” contains spaces; write it without them.</source>
        <translation>the code “%1” contains spaces; write it without them.</translation>
    </message>
    <message>
        <source>the name is empty; write the unit&apos;s name.</source>
        <translation>the name is empty; write the unit&apos;s name.</translation>
    </message>
    <message>
        <source>the level must be 1 (province), 2 (district) or 3 (commune).</source>
        <translation>the level must be 1 (province), 2 (district) or 3 (commune).</translation>
    </message>
    <message>
        <source>a province has no parent unit; leave parent_code empty.</source>
        <translation>a province has no parent unit; leave parent_code empty.</translation>
    </message>
    <message>
        <source>a district or commune belongs to a unit above it; write that unit&apos;s code in parent_code.</source>
        <translation>a district or commune belongs to a unit above it; write that unit&apos;s code in parent_code.</translation>
    </message>
    <message>
        <source>the version ends on %1, before it starts on %2; correct one of the dates.</source>
        <translation>the version ends on %1, before it starts on %2; correct one of the dates.</translation>
    </message>
    <message>
        <source>this version of %1 (%2) overlaps its version %3; a unit has one version per period, so correct the dates.</source>
        <translation>this version of %1 (%2) overlaps its version %3; a unit has one version per period, so correct the dates.</translation>
    </message>
    <message>
        <source>the parent unit %1 is not on the list; add it, or correct parent_code.</source>
        <translation>the parent unit %1 is not on the list; add it, or correct parent_code.</translation>
    </message>
    <message>
        <source>the parent unit %1 is not valid on %2, the first day of this version; correct parent_code or the dates.</source>
        <translation>the parent unit %1 is not valid on %2, the first day of this version; correct parent_code or the dates.</translation>
    </message>
    <message>
        <source>the parent unit %1 has level %2 on %3; a parent must have a higher level (a smaller number) than this unit&apos;s %4.</source>
        <translation>the parent unit %1 has level %2 on %3; a parent must have a higher level (a smaller number) than this unit&apos;s %4.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read (%2). Check that it is still there and try again.</source>
        <translation>The file %1 cannot be read (%2). Check that it is still there and try again.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Try again.</source>
        <translation>The file %1 cannot be read. Try again.</translation>
    </message>
    <message>
        <source>The scan could not be saved on this desk (is the disk full?). Nothing was attached. Free some space and attach it again.</source>
        <translation>The scan could not be saved on this desk (is the disk full?). Nothing was attached. Free some space and attach it again.</translation>
    </message>
    <message>
        <source>The desk is locked: its scans cannot be read or stored until it is unlocked. Restart motcua; if this persists, call the IT officer.</source>
        <translation>The desk is locked: its scans cannot be read or stored until it is unlocked. Restart motcua; if this persists, call the IT officer.</translation>
    </message>
    <message>
        <source>A scan is missing from the desk&apos;s attachment folder. Attach it again or restore the desk from a backup.</source>
        <translation>A scan is missing from the desk&apos;s attachment folder. Attach it again or restore the desk from a backup.</translation>
    </message>
    <message>
        <source>A scan cannot be read (%1). Check the desk&apos;s data folder and try again.</source>
        <translation>A scan cannot be read (%1). Check the desk&apos;s data folder and try again.</translation>
    </message>
    <message>
        <source>A scan cannot be read. Try again.</source>
        <translation>A scan cannot be read. Try again.</translation>
    </message>
    <message>
        <source>A stored scan is damaged: it was changed outside motcua or belongs to another desk. Attach the paper again, or restore the desk from a backup.</source>
        <translation>A stored scan is damaged: it was changed outside motcua or belongs to another desk. Attach the paper again, or restore the desk from a backup.</translation>
    </message>
    <message>
        <source>A scan could not be protected on this desk (is the disk full?). Free some space and start motcua again.</source>
        <translation>A scan could not be protected on this desk (is the disk full?). Free some space and start motcua again.</translation>
    </message>
    <message>
        <source>A scan cannot be read (%1). Check the desk&apos;s data folder and start motcua again.</source>
        <translation>A scan cannot be read (%1). Check the desk&apos;s data folder and start motcua again.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>--public-key must be the desk&apos;s public key in base64, as printed by “motcua-cli audit public-key”.</source>
        <translation>--public-key must be the desk&apos;s public key in base64, as printed by “motcua-cli audit public-key”.</translation>
    </message>
    <message>
        <source>OK: the audit log is empty.</source>
        <translation>OK: the audit log is empty.</translation>
    </message>
    <message>
        <source>OK: %1 entries, last at %2.</source>
        <translation>OK: %1 entries, last at %2.</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD.</source>
        <translation>--from and --to must be dates written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The desk&apos;s tamper-evident audit log.
verify: checks every entry&apos;s hash, chain and signature and the signed end of the log; prints “OK: …” and exits with 0, or names the first bad entry and exits with 1.
list: prints the entries, one a line: SEQ, TIME, ACTOR, KIND, SUBJECT, DETAIL separated by tabs.
public-key: prints the desk&apos;s public key, for the IT officer to keep and give to verify --public-key on another computer.</source>
        <translation>The desk&apos;s tamper-evident audit log.
verify: checks every entry&apos;s hash, chain and signature and the signed end of the log; prints “OK: …” and exits with 0, or names the first bad entry and exits with 1.
list: prints the entries, one a line: SEQ, TIME, ACTOR, KIND, SUBJECT, DETAIL separated by tabs.
public-key: prints the desk&apos;s public key, for the IT officer to keep and give to verify --public-key on another computer.</translation>
    </message>
    <message>
        <source>verify | list | public-key</source>
        <translation>verify | list | public-key</translation>
    </message>
    <message>
        <source>Check against this public key (base64) instead of the key in this computer&apos;s keyring.</source>
        <translation>Check against this public key (base64) instead of the key in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>First day listed.</source>
        <translation>First day listed.</translation>
    </message>
    <message>
        <source>Last day listed.</source>
        <translation>Last day listed.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli audit verify [--public-key BASE64] | audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | audit public-key (see --help).</source>
        <translation>Usage: motcua-cli audit verify [--public-key BASE64] | audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | audit public-key (see --help).</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit log cannot be signed: the cryptography library did not start. Call your IT officer.</source>
        <translation>The audit log cannot be signed: the cryptography library did not start. Call your IT officer.</translation>
    </message>
    <message>
        <source>The desk&apos;s audit key is damaged. Call your IT officer.</source>
        <translation>The desk&apos;s audit key is damaged. Call your IT officer.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>The public key must be the desk&apos;s 32-byte key, as printed by “motcua-cli audit public-key”.</source>
        <translation>The public key must be the desk&apos;s 32-byte key, as printed by “motcua-cli audit public-key”.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The store could not be copied: the desk&apos;s disk is full. Free some space and try again.</source>
        <translation>The store could not be copied: the desk&apos;s disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The store could not be copied for the backup. Try again; if it fails again, call the IT officer.</source>
        <translation>The store could not be copied for the backup. Try again; if it fails again, call the IT officer.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the disk is full. Nothing was written. Choose another disk or free some space.</source>
        <translation>The backup could not be written to %1: the disk is full. Nothing was written. Choose another disk or free some space.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the folder does not exist or you may not write there. Nothing was written. Choose another folder.</source>
        <translation>The backup could not be written to %1: the folder does not exist or you may not write there. Nothing was written. Choose another folder.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was written. Check the disk and try again.</source>
        <translation>The backup could not be written to %1 (%2). Nothing was written. Check the disk and try again.</translation>
    </message>
    <message>
        <source>The store could not be copied for the backup: the desk&apos;s data folder cannot be written (%1). Free some space and try again.</source>
        <translation>The store could not be copied for the backup: the desk&apos;s data folder cannot be written (%1). Free some space and try again.</translation>
    </message>
    <message>
        <source>A file of the desk could not be read for the backup. Nothing was written. Check the desk&apos;s data folder and try again.</source>
        <translation>A file of the desk could not be read for the backup. Nothing was written. Check the desk&apos;s data folder and try again.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The keys of the store %1 are not in this computer&apos;s keyring. Put them back first from the desk&apos;s recovery code (motcua-cli keys restore --store-id %1), then try again. Nothing was changed.</source>
        <translation>The keys of the store %1 are not in this computer&apos;s keyring. Put them back first from the desk&apos;s recovery code (motcua-cli keys restore --store-id %1), then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring is not the key this store was protected with. Nothing was changed. Put the right key back from the desk&apos;s recovery code (motcua-cli keys restore).</source>
        <translation>The key in this computer&apos;s keyring is not the key this store was protected with. Nothing was changed. Put the right key back from the desk&apos;s recovery code (motcua-cli keys restore).</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: the store and %n scan(s), %2 bytes.</source>
        <translation>
            <numerusform>Backup written to %1: the store and %n scan, %2 bytes.</numerusform>
            <numerusform>Backup written to %1: the store and %n scans, %2 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is encrypted with this desk&apos;s key: it can be restored here, or on another computer with the desk&apos;s recovery code (motcua-cli keys recovery-code).</source>
        <translation>The backup is encrypted with this desk&apos;s key: it can be restored here, or on another computer with the desk&apos;s recovery code (motcua-cli keys recovery-code).</translation>
    </message>
    <message>
        <source>This backup is of another store (%1) than the one on this desk (%2). Nothing was changed. To replace this desk&apos;s store with it anyway, add --replace-other-store; the store in use is kept aside.</source>
        <translation>This backup is of another store (%1) than the one on this desk (%2). Nothing was changed. To replace this desk&apos;s store with it anyway, add --replace-other-store; the store in use is kept aside.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup of %1 with %n scan(s).</source>
        <translation>
            <numerusform>Restored the backup of %1 with %n scan.</numerusform>
            <numerusform>Restored the backup of %1 with %n scans.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store in use before was kept as %1.</source>
        <translation>The store in use before was kept as %1.</translation>
    </message>
    <message>
        <source>Its scans were kept in %1.</source>
        <translation>Its scans were kept in %1.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the desk&apos;s store and scans, or put one back.</source>
        <translation>Write an encrypted backup of the desk&apos;s store and scans, or put one back.</translation>
    </message>
    <message>
        <source>create | restore</source>
        <translation>create | restore</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Restore even though the backup is of another store than the one on this desk.</source>
        <translation>Restore even though the backup is of another store than the one on this desk.</translation>
    </message>
</context>
<context>
    <name>BackupHeader</name>
    <message>
        <source>This file is not a motcua backup. Choose the file written by &quot;motcua-cli backup create&quot;. Nothing was changed.</source>
        <translation>This file is not a motcua backup. Choose the file written by &quot;motcua-cli backup create&quot;. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was written by another version of motcua (format %1). Restore it with that version or a newer one. Nothing was changed.</source>
        <translation>This backup was written by another version of motcua (format %1). Restore it with that version or a newer one. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (%2). Check the name and that you may read it.</source>
        <translation>The backup %1 cannot be read (%2). Check the name and that you may read it.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup could not be unpacked on this desk (is the disk full?). Nothing was changed. Free some space and try again.</source>
        <translation>The backup could not be unpacked on this desk (is the disk full?). Nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>The backup holds something this version of motcua does not know. Nothing was changed.</source>
        <translation>The backup holds something this version of motcua does not know. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (%2). Check the name and that you may read it.</source>
        <translation>The backup %1 cannot be read (%2). Check the name and that you may read it.</translation>
    </message>
    <message>
        <source>The store inside the backup is damaged or is not the store the backup names. Nothing was changed. Use another copy of the backup.</source>
        <translation>The store inside the backup is damaged or is not the store the backup names. Nothing was changed. Use another copy of the backup.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of motcua. Install that version first, then restore. Nothing was changed.</source>
        <translation>This backup was made by a newer version of motcua. Install that version first, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>motcua is syncing this desk right now. Close motcua on this desk, wait for the sync to end, and restore again. Nothing was changed.</source>
        <translation>motcua is syncing this desk right now. Close motcua on this desk, wait for the sync to end, and restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The restored store could not be put in place; the store in use was put back. Check that no other program uses the desk&apos;s data folder and try again.</source>
        <translation>The restored store could not be put in place; the store in use was put back. Check that no other program uses the desk&apos;s data folder and try again.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>The files %1 and %2 are both for the year %3. Give one file per year.</source>
        <translation>The files %1 and %2 are both for the year %3. Give one file per year.</translation>
    </message>
    <message>
        <source>--from must be a reception time written YYYY-MM-DDTHH:MM, e.g. 2026-02-10T09:30.</source>
        <translation>--from must be a reception time written YYYY-MM-DDTHH:MM, e.g. 2026-02-10T09:30.</translation>
    </message>
    <message>
        <source>--from must be a date from %1 to %2.</source>
        <translation>--from must be a date from %1 to %2.</translation>
    </message>
    <message>
        <source>--days must be a whole number of working days from 0 to %1.</source>
        <translation>--days must be a whole number of working days from 0 to %1.</translation>
    </message>
    <message>
        <source>YEAR must be a year from %1 to %2.</source>
        <translation>YEAR must be a year from %1 to %2.</translation>
    </message>
    <message>
        <source>DATE must be a date from %1 to %2 written YYYY-MM-DD.</source>
        <translation>DATE must be a date from %1 to %2 written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1/%2 (leap month)/%3</source>
        <translation>%1/%2 (leap month)/%3</translation>
    </message>
    <message>
        <source>%1/%2/%3</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <source>Reception time, in Vietnam&apos;s time.</source>
        <translation>Reception time, in Vietnam&apos;s time.</translation>
    </message>
    <message>
        <source>Processing time in working days.</source>
        <translation>Processing time in working days.</translation>
    </message>
    <message>
        <source>Official days off of one year (repeatable).</source>
        <translation>Official days off of one year (repeatable).</translation>
    </message>
    <message>
        <source>Count a dossier received after the morning session from the next working day.</source>
        <translation>Count a dossier received after the morning session from the next working day.</translation>
    </message>
    <message>
        <source>Warning: the installed calendar %1 cannot be used; the computed holidays apply for its year. %2</source>
        <translation>Warning: the installed calendar %1 cannot be used; the computed holidays apply for its year. %2</translation>
    </message>
    <message>
        <source>Installed the official calendar of %1 as %2 (days off: %3; weekend working days: %4). New dossiers use it for their due dates.</source>
        <translation>Installed the official calendar of %1 as %2 (days off: %3; weekend working days: %4). New dossiers use it for their due dates.</translation>
    </message>
    <message>
        <source>Working days, public holidays and due dates (Vietnam, UTC+7).
due --from YYYY-MM-DDTHH:MM --days N: prints the due date and time, e.g. 2026-02-25T17:00 (closing time of the N-th working day after the reception day; 0 = the reception day). A dossier received after closing time or on a day off counts from the next working day.
holidays YEAR: prints each day off of the year besides ordinary weekends, as the date, a tab and its name.
lunar YYYY-MM-DD: prints the lunar date (day/month/year).
install FILE: checks the official list of a year&apos;s days off and installs it for this desk&apos;s intake (a refused file changes nothing).
installed: prints each installed list as its year, the number of days off, the number of weekend working days, the file name and its note.
due and holidays use the installed lists, and for other years the defaults computed from the Labour Code; --overrides FILE replaces the list of its year for this command only (docs/calendar.md).</source>
        <translation>Working days, public holidays and due dates (Vietnam, UTC+7).
due --from YYYY-MM-DDTHH:MM --days N: prints the due date and time, e.g. 2026-02-25T17:00 (closing time of the N-th working day after the reception day; 0 = the reception day). A dossier received after closing time or on a day off counts from the next working day.
holidays YEAR: prints each day off of the year besides ordinary weekends, as the date, a tab and its name.
lunar YYYY-MM-DD: prints the lunar date (day/month/year).
install FILE: checks the official list of a year&apos;s days off and installs it for this desk&apos;s intake (a refused file changes nothing).
installed: prints each installed list as its year, the number of days off, the number of weekend working days, the file name and its note.
due and holidays use the installed lists, and for other years the defaults computed from the Labour Code; --overrides FILE replaces the list of its year for this command only (docs/calendar.md).</translation>
    </message>
    <message>
        <source>due | holidays YEAR | lunar YYYY-MM-DD | install FILE | installed</source>
        <translation>due | holidays YEAR | lunar YYYY-MM-DD | install FILE | installed</translation>
    </message>
    <message>
        <source>Usage: motcua-cli calendar due --from YYYY-MM-DDTHH:MM --days N [--overrides FILE]… | motcua-cli calendar holidays YEAR [--overrides FILE]… | motcua-cli calendar lunar YYYY-MM-DD | motcua-cli calendar install FILE | motcua-cli calendar installed (see --help).</source>
        <translation>Usage: motcua-cli calendar due --from YYYY-MM-DDTHH:MM --days N [--overrides FILE]… | motcua-cli calendar holidays YEAR [--overrides FILE]… | motcua-cli calendar lunar YYYY-MM-DD | motcua-cli calendar install FILE | motcua-cli calendar installed (see --help).</translation>
    </message>
</context>
<context>
    <name>CalendarInstall</name>
    <message>
        <source>The file %1 changed while it was being installed. Install it again.</source>
        <translation>The file %1 changed while it was being installed. Install it again.</translation>
    </message>
    <message>
        <source>%1 in %2 is also a calendar of %3 and would be used instead. Remove it, then install again.</source>
        <translation>%1 in %2 is also a calendar of %3 and would be used instead. Remove it, then install again.</translation>
    </message>
</context>
<context>
    <name>CalendarOverrides</name>
    <message>
        <source>The calendar file %1 was refused (line %2: %3). The calendar in use was not changed. Correct the file and load it again.</source>
        <translation>The calendar file %1 was refused (line %2: %3). The calendar in use was not changed. Correct the file and load it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not in the year %2</source>
        <translation>%1 is not in the year %2</translation>
    </message>
    <message>
        <source>the file is not a motcua calendar (&quot;format&quot; is not &quot;motcua.calendar&quot;)</source>
        <translation>the file is not a motcua calendar (&quot;format&quot; is not &quot;motcua.calendar&quot;)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be a whole number</source>
        <translation>&quot;format_version&quot; must be a whole number</translation>
    </message>
    <message>
        <source>calendar format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>calendar format %1 is newer than this motcua understands (%2); update motcua</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year from %1 to %2</source>
        <translation>&quot;year&quot; must be a year from %1 to %2</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be a text</source>
        <translation>&quot;note&quot; must be a text</translation>
    </message>
    <message>
        <source>&quot;days_off&quot; must be a list of at least one date</source>
        <translation>&quot;days_off&quot; must be a list of at least one date</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a day off</source>
        <translation>unknown field &quot;%1&quot; in a day off</translation>
    </message>
    <message>
        <source>the &quot;name&quot; of a day off must be a non-empty text</source>
        <translation>the &quot;name&quot; of a day off must be a non-empty text</translation>
    </message>
    <message>
        <source>a day off must be a date &quot;YYYY-MM-DD&quot; or {&quot;date&quot;: …, &quot;name&quot;: …}</source>
        <translation>a day off must be a date &quot;YYYY-MM-DD&quot; or {&quot;date&quot;: …, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>the day off %1 is listed twice</source>
        <translation>the day off %1 is listed twice</translation>
    </message>
    <message>
        <source>&quot;working_days&quot; must be a list of dates</source>
        <translation>&quot;working_days&quot; must be a list of dates</translation>
    </message>
    <message>
        <source>a working day must be a date written &quot;YYYY-MM-DD&quot;</source>
        <translation>a working day must be a date written &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or a Sunday: list only weekend days worked</source>
        <translation>%1 is not a Saturday or a Sunday: list only weekend days worked</translation>
    </message>
    <message>
        <source>the working day %1 is listed twice</source>
        <translation>the working day %1 is listed twice</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day</source>
        <translation>%1 is listed both as a day off and as a working day</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>The calendar file %1 cannot be read (%2). Check the path and try again.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a calendar file. Check that you chose the right file.</source>
        <translation>The file %1 is too large to be a calendar file. Check that you chose the right file.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Search or replace the procedure catalogue.</source>
        <translation>Search or replace the procedure catalogue.</translation>
    </message>
    <message>
        <source>search QUERY | import FILE | info</source>
        <translation>search QUERY | import FILE | info</translation>
    </message>
    <message>
        <source>Show at most N matches.</source>
        <translation>Show at most N matches.</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue loaded: %n procedure(s).</source>
        <translation>
            <numerusform>Catalogue loaded: %n procedure.</numerusform>
            <numerusform>Catalogue loaded: %n procedures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue version: %1</source>
        <translation>Catalogue version: %1</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>The catalogue %1 was refused (line %2: %3). The catalogue in use was not changed. Correct the file and import it again.</source>
        <translation>The catalogue %1 was refused (line %2: %3). The catalogue in use was not changed. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>The catalogue file %1 cannot be read (%2). Check the path and try again.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a catalogue. Check that you chose the right file.</source>
        <translation>The file %1 is too large to be a catalogue. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>the file is not a motcua catalogue (&quot;format&quot; is not &quot;motcua.catalog&quot;)</source>
        <translation>the file is not a motcua catalogue (&quot;format&quot; is not &quot;motcua.catalog&quot;)</translation>
    </message>
    <message>
        <source>catalogue format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>catalogue format %1 is newer than this motcua understands (%2); update motcua</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>the field code &quot;%1&quot; appears twice</source>
        <translation>the field code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>the catalogue holds no procedure</source>
        <translation>the catalogue holds no procedure</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <source>procedure %1 (%2)</source>
        <translation>procedure %1 (%2)</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use province, district or commune)</source>
        <translation>unknown level &quot;%1&quot; (use province, district or commune)</translation>
    </message>
    <message>
        <source>&quot;online_level&quot; must be &quot;full&quot; or &quot;partial&quot;</source>
        <translation>&quot;online_level&quot; must be &quot;full&quot; or &quot;partial&quot;</translation>
    </message>
    <message>
        <source>%1, paper %2</source>
        <translation>%1, paper %2</translation>
    </message>
    <message>
        <source>the paper code &quot;%1&quot; appears twice</source>
        <translation>the paper code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>&quot;levels&quot; is empty</source>
        <translation>&quot;levels&quot; is empty</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not listed in &quot;fields&quot;</source>
        <translation>the field &quot;%1&quot; is not listed in &quot;fields&quot;</translation>
    </message>
    <message>
        <source>the procedure code appears twice</source>
        <translation>the procedure code appears twice</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a non-empty text</source>
        <translation>the field &quot;%1&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at least %2</source>
        <translation>the field &quot;%1&quot; must be a whole number of at least %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>the field &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list</source>
        <translation>the field &quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <source>&quot;processing_days_online&quot; must not be longer than &quot;processing_days&quot;</source>
        <translation>&quot;processing_days_online&quot; must not be longer than &quot;processing_days&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at most %2</source>
        <translation>the field &quot;%1&quot; must be a whole number of at most %2</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>The provincial system did not send the procedure catalogue (HTTP %1). The catalogue in use is kept.</source>
        <translation>The provincial system did not send the procedure catalogue (HTTP %1). The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>the catalogue of the provincial system</source>
        <translation>the catalogue of the provincial system</translation>
    </message>
    <message>
        <source>The provincial system published a procedure catalogue motcua cannot use (%1). The catalogue in use is kept; tell your IT officer.</source>
        <translation>The provincial system published a procedure catalogue motcua cannot use (%1). The catalogue in use is kept; tell your IT officer.</translation>
    </message>
</context>
<context>
    <name>Cccd</name>
    <message>
        <source>Enter the citizen&apos;s 12-digit ID number.</source>
        <translation>Enter the citizen&apos;s 12-digit ID number.</translation>
    </message>
    <message>
        <source>The ID number may contain digits only. Check the number on the card.</source>
        <translation>The ID number may contain digits only. Check the number on the card.</translation>
    </message>
    <message>
        <source>This is an old 9-digit ID number. Enter the 12-digit personal ID number; the old number can be kept as an old identifier.</source>
        <translation>This is an old 9-digit ID number. Enter the 12-digit personal ID number; the old number can be kept as an old identifier.</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n digit(s); a personal ID number has 12. Check the number on the card.</source>
        <translation>
            <numerusform>The ID number has %n digit; a personal ID number has 12. Check the number on the card.</numerusform>
            <numerusform>The ID number has %n digits; a personal ID number has 12. Check the number on the card.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first three digits (%1) are not a province code. Check the number on the card.</source>
        <translation>The first three digits (%1) are not a province code. Check the number on the card.</translation>
    </message>
    <message>
        <source>The fourth digit gives a birth year of %1, which is in the future. Check the number on the card.</source>
        <translation>The fourth digit gives a birth year of %1, which is in the future. Check the number on the card.</translation>
    </message>
    <message>
        <source>The ID number belongs to someone born in %1, but the date of birth is in %2. Check both.</source>
        <translation>The ID number belongs to someone born in %1, but the date of birth is in %2. Check both.</translation>
    </message>
    <message>
        <source>The ID number does not match the citizen&apos;s sex. Check the number and the sex.</source>
        <translation>The ID number does not match the citizen&apos;s sex. Check the number and the sex.</translation>
    </message>
</context>
<context>
    <name>CccdCommand</name>
    <message>
        <source>--dob must be a date written YYYY-MM-DD, e.g. 1995-03-15.</source>
        <translation>--dob must be a date written YYYY-MM-DD, e.g. 1995-03-15.</translation>
    </message>
    <message>
        <source>The date of birth given with --dob is in the future.</source>
        <translation>The date of birth given with --dob is in the future.</translation>
    </message>
    <message>
        <source>--sex must be male or female.</source>
        <translation>--sex must be male or female.</translation>
    </message>
    <message>
        <source>Cannot read the scan from standard input.</source>
        <translation>Cannot read the scan from standard input.</translation>
    </message>
    <message>
        <source>check NUMBER | parse-qr STRING</source>
        <translation>check NUMBER | parse-qr STRING</translation>
    </message>
    <message>
        <source>Date of birth to check the number against.</source>
        <translation>Date of birth to check the number against.</translation>
    </message>
    <message>
        <source>Sex to check the number against.</source>
        <translation>Sex to check the number against.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female] | motcua-cli cccd parse-qr STRING (see --help).</source>
        <translation>Usage: motcua-cli cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female] | motcua-cli cccd parse-qr STRING (see --help).</translation>
    </message>
    <message>
        <source>Check a citizen ID number (CCCD) or read the QR code of a chip ID card.
check NUMBER: prints nothing and exits with 0 when the number is valid (and matches --dob and --sex when given); otherwise prints the reason and exits with 2.
parse-qr STRING: prints the card&apos;s details as one JSON object (keys id, old_id, full_name, date_of_birth, sex, address, issue_date, and extra_fields when the card has more fields) and exits with 0; otherwise prints the reason and exits with 2. Give - as STRING to read the scan from standard input.</source>
        <translation>Check a citizen ID number (CCCD) or read the QR code of a chip ID card.
check NUMBER: prints nothing and exits with 0 when the number is valid (and matches --dob and --sex when given); otherwise prints the reason and exits with 2.
parse-qr STRING: prints the card&apos;s details as one JSON object (keys id, old_id, full_name, date_of_birth, sex, address, issue_date, and extra_fields when the card has more fields) and exits with 0; otherwise prints the reason and exits with 2. Give - as STRING to read the scan from standard input.</translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>The scan is too long to come from a citizen ID card. Scan the card again, or type the details from the card.</source>
        <translation>The scan is too long to come from a citizen ID card. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The scan is incomplete: it was cut short or does not come from a citizen ID card. Scan the card again, or type the details from the card.</source>
        <translation>The scan is incomplete: it was cut short or does not come from a citizen ID card. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The scan has no ID number. Scan the card again, or type the details from the card.</source>
        <translation>The scan has no ID number. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not start with a province code. Scan the card again, or type the details from the card.</source>
        <translation>The ID number in the scan does not start with a province code. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The ID number in the scan gives a birth year in the future. Scan the card again, or type the details from the card.</source>
        <translation>The ID number in the scan gives a birth year in the future. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The ID number in the scan is not a 12-digit number. Scan the card again, or type the details from the card.</source>
        <translation>The ID number in the scan is not a 12-digit number. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The old ID number in the scan is not a 9-digit number. Scan the card again, or type the details from the card.</source>
        <translation>The old ID number in the scan is not a 9-digit number. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The scan has no full name. Scan the card again, or type the details from the card.</source>
        <translation>The scan has no full name. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The date of birth in the scan is not a valid date. Scan the card again, or type the details from the card.</source>
        <translation>The date of birth in the scan is not a valid date. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The date of birth in the scan is in the future. Scan the card again, or type the details from the card.</source>
        <translation>The date of birth in the scan is in the future. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The issue date in the scan is not a valid date. Scan the card again, or type the details from the card.</source>
        <translation>The issue date in the scan is not a valid date. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The issue date in the scan is in the future. Scan the card again, or type the details from the card.</source>
        <translation>The issue date in the scan is in the future. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The issue date in the scan is before the date of birth. Scan the card again, or type the details from the card.</source>
        <translation>The issue date in the scan is before the date of birth. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The sex in the scan is neither Nam nor Nữ. Scan the card again, or type the details from the card.</source>
        <translation>The sex in the scan is neither Nam nor Nữ. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not match the sex in the scan. Scan the card again, or type the details from the card.</source>
        <translation>The ID number in the scan does not match the sex in the scan. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not match the date of birth in the scan. Scan the card again, or type the details from the card.</source>
        <translation>The ID number in the scan does not match the date of birth in the scan. Scan the card again, or type the details from the card.</translation>
    </message>
    <message>
        <source>The scan contains characters that cannot be read: the scanner or the keyboard layout garbled it. Scan the card again, or type the details from the card.</source>
        <translation>The scan contains characters that cannot be read: the scanner or the keyboard layout garbled it. Scan the card again, or type the details from the card.</translation>
    </message>
</context>
<context>
    <name>ClerkSignIn</name>
    <message>
        <source>This clerk has never signed in online on this desk, so the password cannot be checked without the provincial system. Sign in once while the connection works.</source>
        <translation>This clerk has never signed in online on this desk, so the password cannot be checked without the provincial system. Sign in once while the connection works.</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached, and offline sign-in is turned off on this desk. Sign in when the connection returns. (%1)</source>
        <translation>The provincial system cannot be reached, and offline sign-in is turned off on this desk. Sign in when the connection returns. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The provincial system cannot be reached, and the last online sign-in of this clerk on this desk is more than %n day(s) old, so offline sign-in is no longer allowed. Sign in once while the connection works.</source>
        <translation>
            <numerusform>The provincial system cannot be reached, and the last online sign-in of this clerk on this desk is more than %n day old, so offline sign-in is no longer allowed. Sign in once while the connection works.</numerusform>
            <numerusform>The provincial system cannot be reached, and the last online sign-in of this clerk on this desk is more than %n days old, so offline sign-in is no longer allowed. Sign in once while the connection works.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation>Wrong user name or password. Check them and try again.</translation>
    </message>
    <message>
        <source>The desk could not prepare offline sign-in (not enough memory?). Close other programs and sign in again.</source>
        <translation>The desk could not prepare offline sign-in (not enough memory?). Close other programs and sign in again.</translation>
    </message>
    <message>
        <source>The sign-in data kept in the keychain for this clerk is damaged. Sign in once while the connection works to renew it.</source>
        <translation>The sign-in data kept in the keychain for this clerk is damaged. Sign in once while the connection works to renew it.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>motcua-cli: %1</source>
        <translation>motcua-cli: %1</translation>
    </message>
    <message>
        <source>There is no dossier %1 in this desk&apos;s store. Check the code on the receipt, or give the desk&apos;s folder with --data-dir.</source>
        <translation>There is no dossier %1 in this desk&apos;s store. Check the code on the receipt, or give the desk&apos;s folder with --data-dir.</translation>
    </message>
    <message>
        <source>Warning: the change was made but could not be recorded in the audit log: %1</source>
        <translation>Warning: the change was made but could not be recorded in the audit log: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>motcua cannot create the folder %1 for its local store. Check that the disk is mounted and writable, or choose another folder with --data-dir.</source>
        <translation>motcua cannot create the folder %1 for its local store. Check that the disk is mounted and writable, or choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>motcua cannot open its local store %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>motcua cannot open its local store %1. Check that the disk is not full and that you may write to the folder.</translation>
    </message>
    <message>
        <source>The local store was damaged and has been set aside as %1; nothing was deleted. Dossiers not yet sent may be in it: ask your IT officer to restore the latest backup. motcua will start with an empty store.</source>
        <translation>The local store was damaged and has been set aside as %1; nothing was deleted. Dossiers not yet sent may be in it: ask your IT officer to restore the latest backup. motcua will start with an empty store.</translation>
    </message>
    <message>
        <source>motcua cannot read its local store %1. Close other copies of motcua and try again; if it persists, call your IT officer.</source>
        <translation>motcua cannot read its local store %1. Close other copies of motcua and try again; if it persists, call your IT officer.</translation>
    </message>
    <message>
        <source>motcua cannot prepare its local store. Check that the disk is not full, then restart motcua.</source>
        <translation>motcua cannot prepare its local store. Check that the disk is not full, then restart motcua.</translation>
    </message>
    <message>
        <source>motcua cannot read its local store.</source>
        <translation>motcua cannot read its local store.</translation>
    </message>
    <message>
        <source>The file %1 is not a motcua store (it belongs to another program). It was left untouched. Choose another folder with --data-dir.</source>
        <translation>The file %1 is not a motcua store (it belongs to another program). It was left untouched. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of motcua (schema %1; this version knows up to %2). Nothing was changed. Install the newer version of motcua.</source>
        <translation>The local store was written by a newer version of motcua (schema %1; this version knows up to %2). Nothing was changed. Install the newer version of motcua.</translation>
    </message>
    <message>
        <source>motcua could not upgrade its local store to schema %1; the store was left as it was. Check that the disk is not full, then restart motcua.</source>
        <translation>motcua could not upgrade its local store to schema %1; the store was left as it was. Check that the disk is not full, then restart motcua.</translation>
    </message>
    <message>
        <source>motcua cannot use its local store.</source>
        <translation>motcua cannot use its local store.</translation>
    </message>
    <message>
        <source>A change to the local store failed and was undone.</source>
        <translation>A change to the local store failed and was undone.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged and could not be set aside. Nothing was deleted. Close motcua and call your IT officer.</source>
        <translation>The local store %1 is damaged and could not be set aside. Nothing was deleted. Close motcua and call your IT officer.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or ask your IT officer), then save again: what you typed is still on the screen.</source>
        <translation>The disk is full, so nothing was saved. Free some space (or ask your IT officer), then save again: what you typed is still on the screen.</translation>
    </message>
    <message>
        <source>The local store is busy. Nothing was saved; try again in a moment.</source>
        <translation>The local store is busy. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>motcua cannot write to its local store. Nothing was saved. Check the disk, then try again or call your IT officer.</source>
        <translation>motcua cannot write to its local store. Nothing was saved. Check the disk, then try again or call your IT officer.</translation>
    </message>
    <message>
        <source>A change to the local store failed and was undone. Try again; if it persists, call your IT officer.</source>
        <translation>A change to the local store failed and was undone. Try again; if it persists, call your IT officer.</translation>
    </message>
    <message>
        <source>The local store %1 is not ready yet. Wait until the desk has opened it, then try again.</source>
        <translation>The local store %1 is not ready yet. Wait until the desk has opened it, then try again.</translation>
    </message>
</context>
<context>
    <name>DayEnd</name>
    <message>
        <source>Choose the day to close.</source>
        <translation>Choose the day to close.</translation>
    </message>
</context>
<context>
    <name>DayEndPdf</name>
    <message>
        <source>Day-end summary</source>
        <translation>Day-end summary</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unit %2</translation>
    </message>
    <message>
        <source>, desk %1</source>
        <translation>, desk %1</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>Printed at %1</translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation>Dossiers received on the day</translation>
    </message>
    <message>
        <source>Direct at the desk</source>
        <translation>Direct at the desk</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Online, confirmed by the citizen</source>
        <translation>Online, confirmed by the citizen</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation</source>
        <translation>Online, awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Online, no confirmation by the citizen recorded</source>
        <translation>Online, no confirmation by the citizen recorded</translation>
    </message>
    <message>
        <source>Received in all</source>
        <translation>Received in all</translation>
    </message>
    <message>
        <source>The day as the online-rate report counts it</source>
        <translation>The day as the online-rate report counts it</translation>
    </message>
    <message>
        <source>Carried over (received earlier, still open when the day began)</source>
        <translation>Carried over (received earlier, still open when the day began)</translation>
    </message>
    <message>
        <source>Online share</source>
        <translation>Online share</translation>
    </message>
    <message>
        <source>Counted by the national monitor (citizen&apos;s own account)</source>
        <translation>Counted by the national monitor (citizen&apos;s own account)</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Accounts activated</translation>
    </message>
    <message>
        <source>Still to do at the desk</source>
        <translation>Still to do at the desk</translation>
    </message>
    <message>
        <source>Awaiting the citizen&apos;s confirmation</source>
        <translation>Awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <source>Failures needing action</source>
        <translation>Failures needing action</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The day-end summary was not saved as %1. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>The day-end summary was not saved as %1. Check that the folder exists, that you may write to it and that the disk is not full.</translation>
    </message>
</context>
<context>
    <name>DeskKeyring</name>
    <message>
        <source>This store has no identity; it cannot be used.</source>
        <translation>This store has no identity; it cannot be used.</translation>
    </message>
    <message>
        <source>The key that protects this store&apos;s personal data is not in this computer&apos;s keyring, so the dossiers cannot be opened. Nothing has been changed. If the keyring was reset or this store was copied from another computer, the IT officer can restore the key from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</source>
        <translation>The key that protects this store&apos;s personal data is not in this computer&apos;s keyring, so the dossiers cannot be opened. Nothing has been changed. If the keyring was reset or this store was copied from another computer, the IT officer can restore the key from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</translation>
    </message>
    <message>
        <source>The key in the keyring is damaged. Call the IT officer.</source>
        <translation>The key in the keyring is damaged. Call the IT officer.</translation>
    </message>
</context>
<context>
    <name>DeskValues</name>
    <message>
        <source>The settings could not be saved in %1. Check that the desk&apos;s data folder can be written to.</source>
        <translation>The settings could not be saved in %1. Check that the desk&apos;s data folder can be written to.</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>Queue a dossier received at the counter.</source>
        <translation>Queue a dossier received at the counter.</translation>
    </message>
    <message>
        <source>Queue a new dossier.</source>
        <translation>Queue a new dossier.</translation>
    </message>
    <message>
        <source>Procedure code.</source>
        <translation>Procedure code.</translation>
    </message>
    <message>
        <source>Applicant&apos;s full name.</source>
        <translation>Applicant&apos;s full name.</translation>
    </message>
    <message>
        <source>Applicant&apos;s 12-digit ID number.</source>
        <translation>Applicant&apos;s 12-digit ID number.</translation>
    </message>
    <message>
        <source>Applicant&apos;s phone number.</source>
        <translation>Applicant&apos;s phone number.</translation>
    </message>
    <message>
        <source>Show the dossiers in the local queue.</source>
        <translation>Show the dossiers in the local queue.</translation>
    </message>
    <message>
        <source>Write --paper CODE=original, CODE=copy or CODE=scan:FILE (got &quot;%1&quot;).</source>
        <translation>Write --paper CODE=original, CODE=copy or CODE=scan:FILE (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A paper received: CODE=original (original seen), CODE=copy (copy kept) or CODE=scan:FILE. Repeat for each paper.</source>
        <translation>A paper received: CODE=original (original seen), CODE=copy (copy kept) or CODE=scan:FILE. Repeat for each paper.</translation>
    </message>
    <message>
        <source>Fee exemption ground (repeatable).</source>
        <translation>Fee exemption ground (repeatable).</translation>
    </message>
    <message>
        <source>Quantity the fee is charged on.</source>
        <translation>Quantity the fee is charged on.</translation>
    </message>
    <message>
        <source>File it online, awaiting the citizen&apos;s confirmation from their own phone. Without it the dossier is direct intake.</source>
        <translation>File it online, awaiting the citizen&apos;s confirmation from their own phone. Without it the dossier is direct intake.</translation>
    </message>
    <message>
        <source>--quantity must be a whole number.</source>
        <translation>--quantity must be a whole number.</translation>
    </message>
    <message>
        <source>Reprint the receipt of a dossier in the local store as a PDF file, marked as reprinted.</source>
        <translation>Reprint the receipt of a dossier in the local store as a PDF file, marked as reprinted.</translation>
    </message>
    <message>
        <source>Reprint a receipt.</source>
        <translation>Reprint a receipt.</translation>
    </message>
    <message>
        <source>Dossier code, as printed on the receipt.</source>
        <translation>Dossier code, as printed on the receipt.</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>The PDF file to write; an existing file is replaced.</translation>
    </message>
    <message>
        <source>One line per dossier: code, state, reason, next attempt, channel, provincial status.</source>
        <translation>One line per dossier: code, state, reason, next attempt, channel, provincial status.</translation>
    </message>
    <message>
        <source>The dossier %1 is no longer in this desk&apos;s store.</source>
        <translation>The dossier %1 is no longer in this desk&apos;s store.</translation>
    </message>
</context>
<context>
    <name>DossierImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>line %1, field %2: %3</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check its name and that it is a file.</source>
        <translation>The file %1 cannot be read (%2). Check its name and that it is a file.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>The file %1 is not a JSONL text file (one dossier record in JSON per line, UTF-8). Export the dossiers as JSONL and import that file.</source>
        <translation>The file %1 is not a JSONL text file (one dossier record in JSON per line, UTF-8). Export the dossiers as JSONL and import that file.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end (%2); nothing was imported.</source>
        <translation>The file %1 could not be read to the end (%2); nothing was imported.</translation>
    </message>
    <message>
        <source>the dossier %1 is already on line %2; keep one record per dossier.</source>
        <translation>the dossier %1 is already on line %2; keep one record per dossier.</translation>
    </message>
    <message>
        <source>The file %1 holds no dossier record; nothing was imported. Check that it is the right file.</source>
        <translation>The file %1 holds no dossier record; nothing was imported. Check that it is the right file.</translation>
    </message>
</context>
<context>
    <name>DossierImportWriter</name>
    <message>
        <source>The disk is full, so nothing was imported. Free some space, then import the file again.</source>
        <translation>The disk is full, so nothing was imported. Free some space, then import the file again.</translation>
    </message>
    <message>
        <source>The dossiers could not be written to the local store; nothing was imported. Try again; if it persists, call your IT officer.</source>
        <translation>The dossiers could not be written to the local store; nothing was imported. Try again; if it persists, call your IT officer.</translation>
    </message>
    <message>
        <source>motcua cannot use its local store.</source>
        <translation>motcua cannot use its local store.</translation>
    </message>
    <message>
        <source>the list of units has %1 at level %2 on %3, not %4; correct CapDonVi, or the list of units if it is wrong.</source>
        <translation>the list of units has %1 at level %2 on %3, not %4; correct CapDonVi, or the list of units if it is wrong.</translation>
    </message>
</context>
<context>
    <name>DossierShowCommand</name>
    <message>
        <source>Show a dossier&apos;s progress as reported by the provincial system.</source>
        <translation>Show a dossier&apos;s progress as reported by the provincial system.</translation>
    </message>
    <message>
        <source>Show a dossier.</source>
        <translation>Show a dossier.</translation>
    </message>
    <message>
        <source>Dossier code, as printed on the receipt.</source>
        <translation>Dossier code, as printed on the receipt.</translation>
    </message>
</context>
<context>
    <name>FeeCalculator</name>
    <message>
        <source>The fee of procedure %1 (%2 đồng) is outside what motcua accepts (0 to %3 đồng). Correct the catalogue.</source>
        <translation>The fee of procedure %1 (%2 đồng) is outside what motcua accepts (0 to %3 đồng). Correct the catalogue.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation>The quantity must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>%1 × %2 đồng is more than %3 đồng. Check the quantity.</source>
        <translation>%1 × %2 đồng is more than %3 đồng. Check the quantity.</translation>
    </message>
    <message>
        <source>The reception date is missing, so the fee policy in force cannot be chosen.</source>
        <translation>The reception date is missing, so the fee policy in force cannot be chosen.</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; is not defined by the fee policy in use. Choose one from the list.</source>
        <translation>The exemption &quot;%1&quot; is not defined by the fee policy in use. Choose one from the list.</translation>
    </message>
    <message>
        <source>Fee and charge</source>
        <translation>Fee and charge</translation>
    </message>
    <message>
        <source>Fee and charge: %1 × %2 đồng</source>
        <translation>Fee and charge: %1 × %2 đồng</translation>
    </message>
    <message>
        <source>The fee policy %1 is not in force on %2: no reduction applies.</source>
        <translation>The fee policy %1 is not in force on %2: no reduction applies.</translation>
    </message>
    <message>
        <source>The fee policy %1 does not cover the unit %2: no reduction applies.</source>
        <translation>The fee policy %1 does not cover the unit %2: no reduction applies.</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; does not cover this procedure.</source>
        <translation>The exemption &quot;%1&quot; does not cover this procedure.</translation>
    </message>
    <message>
        <source>Exemptions do not add up: &quot;%1&quot; applies, &quot;%2&quot; does not.</source>
        <translation>Exemptions do not add up: &quot;%1&quot; applies, &quot;%2&quot; does not.</translation>
    </message>
    <message>
        <source>Exemption (%1%): %2</source>
        <translation>Exemption (%1%): %2</translation>
    </message>
    <message>
        <source>Exempted %1% (%2): %3 đồng less.</source>
        <translation>Exempted %1% (%2): %3 đồng less.</translation>
    </message>
    <message>
        <source>Submitting online with the citizen&apos;s own account would reduce this fee (%1).</source>
        <translation>Submitting online with the citizen&apos;s own account would reduce this fee (%1).</translation>
    </message>
    <message>
        <source>The online reduction (%1) applies only when the citizen confirms the dossier with their own authenticated account.</source>
        <translation>The online reduction (%1) applies only when the citizen confirms the dossier with their own authenticated account.</translation>
    </message>
    <message>
        <source>%1 (submitted online with the citizen&apos;s own account): %2 đồng less.</source>
        <translation>%1 (submitted online with the citizen&apos;s own account): %2 đồng less.</translation>
    </message>
    <message>
        <source>Rounding to %1 đồng</source>
        <translation>Rounding to %1 đồng</translation>
    </message>
    <message>
        <source>Rounded from %1 to %2 đồng.</source>
        <translation>Rounded from %1 to %2 đồng.</translation>
    </message>
</context>
<context>
    <name>FeePolicy</name>
    <message>
        <source>it is not an object</source>
        <translation>it is not an object</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a non-empty text</source>
        <translation>the field &quot;%1&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>the field &quot;%1&quot; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>the field &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a date written YYYY-MM-DD</source>
        <translation>the field &quot;%1&quot; must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list</source>
        <translation>the field &quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold non-empty codes</source>
        <translation>&quot;%1&quot; must hold non-empty codes</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>the code &quot;%1&quot; appears twice in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; must be an object</source>
        <translation>&quot;applies_to&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;applies_to.all&quot; must be true or false</source>
        <translation>&quot;applies_to.all&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; cannot combine &quot;all&quot; with lists of fields or procedures</source>
        <translation>&quot;applies_to&quot; cannot combine &quot;all&quot; with lists of fields or procedures</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; covers nothing (give &quot;all&quot;: true, &quot;fields&quot; or &quot;procedures&quot;)</source>
        <translation>&quot;applies_to&quot; covers nothing (give &quot;all&quot;: true, &quot;fields&quot; or &quot;procedures&quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The fee policy file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>The fee policy file %1 cannot be read (%2). Check the path and try again.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a fee policy. Check that you chose the right file.</source>
        <translation>The file %1 is too large to be a fee policy. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>The fee policy %1 was refused (line %2: %3). The fee policy in use was not changed. Correct the file and load it again.</source>
        <translation>The fee policy %1 was refused (line %2: %3). The fee policy in use was not changed. Correct the file and load it again.</translation>
    </message>
    <message>
        <source>every procedure</source>
        <translation>every procedure</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <source>it covers %1, already covered by %2 (line %3); a procedure can match only one rule at the same precision</source>
        <translation>it covers %1, already covered by %2 (line %3); a procedure can match only one rule at the same precision</translation>
    </message>
    <message>
        <source>the file is not a motcua fee policy (&quot;format&quot; is not &quot;motcua.fees&quot;)</source>
        <translation>the file is not a motcua fee policy (&quot;format&quot; is not &quot;motcua.fees&quot;)</translation>
    </message>
    <message>
        <source>fee policy</source>
        <translation>fee policy</translation>
    </message>
    <message>
        <source>fee policy format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>fee policy format %1 is newer than this motcua understands (%2); update motcua</translation>
    </message>
    <message>
        <source>&quot;province&quot;</source>
        <translation>&quot;province&quot;</translation>
    </message>
    <message>
        <source>&quot;valid_until&quot; is before &quot;valid_from&quot;</source>
        <translation>&quot;valid_until&quot; is before &quot;valid_from&quot;</translation>
    </message>
    <message>
        <source>&quot;rounding&quot;</source>
        <translation>&quot;rounding&quot;</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;none&quot;, &quot;down&quot;, &quot;up&quot; or &quot;half_up&quot;</source>
        <translation>&quot;mode&quot; must be &quot;none&quot;, &quot;down&quot;, &quot;up&quot; or &quot;half_up&quot;</translation>
    </message>
    <message>
        <source>exemption ground %1</source>
        <translation>exemption ground %1</translation>
    </message>
    <message>
        <source>the exemption code &quot;%1&quot; appears twice</source>
        <translation>the exemption code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>exemption %1</source>
        <translation>exemption %1</translation>
    </message>
    <message>
        <source>the exemption code &quot;%1&quot; is not listed in &quot;exemption_grounds&quot;</source>
        <translation>the exemption code &quot;%1&quot; is not listed in &quot;exemption_grounds&quot;</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>discount %1</translation>
    </message>
    <message>
        <source>give either &quot;percent&quot; or &quot;amount_vnd&quot;, not both or neither</source>
        <translation>give either &quot;percent&quot; or &quot;amount_vnd&quot;, not both or neither</translation>
    </message>
</context>
<context>
    <name>FeePolicyInstall</name>
    <message>
        <source>The file %1 changed while it was being installed. Install it again.</source>
        <translation>The file %1 changed while it was being installed. Install it again.</translation>
    </message>
</context>
<context>
    <name>FeesCommand</name>
    <message>
        <source>Warning: %1 is marked as a sample policy, not the province&apos;s own.</source>
        <translation>Warning: %1 is marked as a sample policy, not the province&apos;s own.</translation>
    </message>
    <message>
        <source>Installed the fee policy %1 (%2) as %3. New dossiers use it for their fees.</source>
        <translation>Installed the fee policy %1 (%2) as %3. New dossiers use it for their fees.</translation>
    </message>
    <message>
        <source>The province&apos;s fee policy (docs/fees.md).
install FILE: checks the fee policy file and installs it for this desk&apos;s intake (a refused file changes nothing).</source>
        <translation>The province&apos;s fee policy (docs/fees.md).
install FILE: checks the fee policy file and installs it for this desk&apos;s intake (a refused file changes nothing).</translation>
    </message>
    <message>
        <source>install FILE</source>
        <translation>install FILE</translation>
    </message>
    <message>
        <source>Usage: motcua-cli fees install FILE (see --help).</source>
        <translation>Usage: motcua-cli fees install FILE (see --help).</translation>
    </message>
</context>
<context>
    <name>HolidayRules</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết), last day of the lunar year</source>
        <translation>Lunar New Year (Tết), last day of the lunar year</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết), day %1</source>
        <translation>Lunar New Year (Tết), day %1</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day (lunar 10/3)</source>
        <translation>Hùng Kings&apos; Commemoration Day (lunar 10/3)</translation>
    </message>
    <message>
        <source>Reunification Day (30/4)</source>
        <translation>Reunification Day (30/4)</translation>
    </message>
    <message>
        <source>International Labour Day (1/5)</source>
        <translation>International Labour Day (1/5)</translation>
    </message>
    <message>
        <source>National Day holiday (day next to 2/9)</source>
        <translation>National Day holiday (day next to 2/9)</translation>
    </message>
    <message>
        <source>National Day (2/9)</source>
        <translation>National Day (2/9)</translation>
    </message>
    <message>
        <source>Compensatory day off for the holiday of %1</source>
        <translation>Compensatory day off for the holiday of %1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>IdentityService</name>
    <message>
        <source>Say why you look this citizen up (for example, receiving a dossier).</source>
        <translation>Say why you look this citizen up (for example, receiving a dossier).</translation>
    </message>
    <message>
        <source>The provincial system does not know this citizen or this activation. Check the ID number, or start the activation again.</source>
        <translation>The provincial system does not know this citizen or this activation. Check the ID number, or start the activation again.</translation>
    </message>
    <message>
        <source>The citizen&apos;s account is already active: they can log in themselves.</source>
        <translation>The citizen&apos;s account is already active: they can log in themselves.</translation>
    </message>
    <message>
        <source>This phone number is not the one registered for the citizen. Ask the citizen for the phone number they registered, or update it at the police.</source>
        <translation>This phone number is not the one registered for the citizen. Ask the citizen for the phone number they registered, or update it at the police.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s). Ask the citizen to wait for the SMS.</source>
        <translation>
            <numerusform>A new code can be sent in %n second. Ask the citizen to wait for the SMS.</numerusform>
            <numerusform>A new code can be sent in %n seconds. Ask the citizen to wait for the SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provincial system refused the request: %1. Try again; if it persists, tell your IT officer.</source>
        <translation>The provincial system refused the request: %1. Try again; if it persists, tell your IT officer.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read. Try again.</source>
        <translation>The provincial system sent an answer motcua cannot read. Try again.</translation>
    </message>
    <message>
        <source>The account is active. The citizen can now log in with VNeID.</source>
        <translation>The account is active. The citizen can now log in with VNeID.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is not right. %n attempt left.</numerusform>
            <numerusform>The code is not right. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code has expired. The clerk can send a new one.</source>
        <translation>The code has expired. The clerk can send a new one.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this activation is locked. The clerk can start a new one later.</source>
        <translation>Too many wrong codes: this activation is locked. The clerk can start a new one later.</translation>
    </message>
    <message>
        <source>The provincial system does not know this citizen or this confirmation. Check the ID number, or ask for the citizen&apos;s confirmation again.</source>
        <translation>The provincial system does not know this citizen or this confirmation. Check the ID number, or ask for the citizen&apos;s confirmation again.</translation>
    </message>
    <message>
        <source>This confirmation is already done. Each dossier needs its own confirmation.</source>
        <translation>This confirmation is already done. Each dossier needs its own confirmation.</translation>
    </message>
    <message>
        <source>The citizen has no active VNeID account, so they cannot confirm the dossier themselves. Help them activate their account first, or receive the dossier as a direct one.</source>
        <translation>The citizen has no active VNeID account, so they cannot confirm the dossier themselves. Help them activate their account first, or receive the dossier as a direct one.</translation>
    </message>
    <message>
        <source>The dossier&apos;s summary is not ready. Finish preparing the dossier, then ask the citizen to confirm it.</source>
        <translation>The dossier&apos;s summary is not ready. Finish preparing the dossier, then ask the citizen to confirm it.</translation>
    </message>
    <message>
        <source>Thank you. You have confirmed the dossier with your own account.</source>
        <translation>Thank you. You have confirmed the dossier with your own account.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this confirmation is locked. The clerk can ask for a new one later.</source>
        <translation>Too many wrong codes: this confirmation is locked. The clerk can ask for a new one later.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports dossier history for the online-rate report (docs/units-and-import.md).
FILE.jsonl: one national dossier record per line, with MaDonVi and CapDonVi. All or nothing: a refused line leaves the store as it was. A dossier already imported is replaced.</source>
        <translation>Imports dossier history for the online-rate report (docs/units-and-import.md).
FILE.jsonl: one national dossier record per line, with MaDonVi and CapDonVi. All or nothing: a refused line leaves the store as it was. A dossier already imported is replaced.</translation>
    </message>
    <message>
        <source>The JSONL file.</source>
        <translation>The JSONL file.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli import-dossiers FILE.jsonl (see --help).</source>
        <translation>Usage: motcua-cli import-dossiers FILE.jsonl (see --help).</translation>
    </message>
    <message>
        <source>Read %1 lines from %2: %3 new dossiers, %4 replaced.</source>
        <translation>Read %1 lines from %2: %3 new dossiers, %4 replaced.</translation>
    </message>
    <message>
        <source>%1 were received at this desk and are kept as recorded here.</source>
        <translation>%1 were received at this desk and are kept as recorded here.</translation>
    </message>
</context>
<context>
    <name>ImportRecord</name>
    <message>
        <source>the field is missing; every record needs it.</source>
        <translation>the field is missing; every record needs it.</translation>
    </message>
    <message>
        <source>the value must be a text in quotes.</source>
        <translation>the value must be a text in quotes.</translation>
    </message>
    <message>
        <source>the value is empty; every record needs it.</source>
        <translation>the value is empty; every record needs it.</translation>
    </message>
    <message>
        <source>the field is missing; every record needs it (%1).</source>
        <translation>the field is missing; every record needs it (%1).</translation>
    </message>
    <message>
        <source>the value must be %1.</source>
        <translation>the value must be %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as yyyyMMddHHmmss in Vietnam time.</source>
        <translation>“%1” is not a date and time; write it as yyyyMMddHHmmss in Vietnam time.</translation>
    </message>
    <message>
        <source>the line is not JSON (%1 at character %2); each line must hold one dossier record.</source>
        <translation>the line is not JSON (%1 at character %2); each line must hold one dossier record.</translation>
    </message>
    <message>
        <source>the line is not a JSON object; each line must hold one dossier record {…}.</source>
        <translation>the line is not a JSON object; each line must hold one dossier record {…}.</translation>
    </message>
    <message>
        <source>1 (direct), 2 (online) or 3 (public postal service)</source>
        <translation>1 (direct), 2 (online) or 3 (public postal service)</translation>
    </message>
    <message>
        <source>1 (province), 2 (district) or 3 (commune)</source>
        <translation>1 (province), 2 (district) or 3 (commune)</translation>
    </message>
    <message>
        <source>a status from 1 to 10</source>
        <translation>a status from 1 to 10</translation>
    </message>
    <message>
        <source>%1 is before NgayTiepNhan %2; correct one of the dates.</source>
        <translation>%1 is before NgayTiepNhan %2; correct one of the dates.</translation>
    </message>
    <message>
        <source>status %1 ends the processing, but the record has no end date; add %2.</source>
        <translation>status %1 ends the processing, but the record has no end date; add %2.</translation>
    </message>
    <message>
        <source>the value must be an object with MaXacThuc.</source>
        <translation>the value must be an object with MaXacThuc.</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 or 1</translation>
    </message>
</context>
<context>
    <name>IntakeRules</name>
    <message>
        <source>The fee policy %1 cannot be used, so listed fees are charged with no reduction until the admin installs a good file. %2</source>
        <translation>The fee policy %1 cannot be used, so listed fees are charged with no reduction until the admin installs a good file. %2</translation>
    </message>
    <message>
        <source>The official calendar %1 cannot be used; the computed holidays apply for its year. %2</source>
        <translation>The official calendar %1 cannot be used; the computed holidays apply for its year. %2</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Enter the applicant&apos;s full name.</translation>
    </message>
    <message>
        <source>Choose a procedure from the catalogue before saving.</source>
        <translation>Choose a procedure from the catalogue before saving.</translation>
    </message>
    <message>
        <source>The paper &quot;%1&quot; is not in the checklist of procedure %2. Start the dossier again from the procedure.</source>
        <translation>The paper &quot;%1&quot; is not in the checklist of procedure %2. Start the dossier again from the procedure.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; was not stored. Attach it again.</source>
        <translation>The scan of &quot;%1&quot; was not stored. Attach it again.</translation>
    </message>
    <message>
        <source>The due date cannot be computed for this date. Check the computer&apos;s date and the office hours in the settings.</source>
        <translation>The due date cannot be computed for this date. Check the computer&apos;s date and the office hours in the settings.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; is missing from the desk&apos;s attachment folder. Attach it again.</source>
        <translation>The scan of &quot;%1&quot; is missing from the desk&apos;s attachment folder. Attach it again.</translation>
    </message>
    <message>
        <source>These required papers are missing:
- %1
Attach a scan, reuse an earlier one or record the original seen, then save again.</source>
        <translation>These required papers are missing:
- %1
Attach a scan, reuse an earlier one or record the original seen, then save again.</translation>
    </message>
    <message>
        <source>An online dossier needs the citizen&apos;s own confirmation. Ask the citizen to confirm on their screen, queue it as awaiting their confirmation, or record it as direct intake.</source>
        <translation>An online dossier needs the citizen&apos;s own confirmation. Ask the citizen to confirm on their screen, queue it as awaiting their confirmation, or record it as direct intake.</translation>
    </message>
    <message>
        <source>The citizen&apos;s confirmation is missing. Ask the citizen to confirm again on their screen.</source>
        <translation>The citizen&apos;s confirmation is missing. Ask the citizen to confirm again on their screen.</translation>
    </message>
    <message>
        <source>The dossier changed after the citizen confirmed it. Show the citizen the new summary and ask them to confirm again.</source>
        <translation>The dossier changed after the citizen confirmed it. Show the citizen the new summary and ask them to confirm again.</translation>
    </message>
    <message>
        <source>A dossier the citizen confirms is an online dossier. Choose the online channel or record direct intake without confirmation.</source>
        <translation>A dossier the citizen confirms is an online dossier. Choose the online channel or record direct intake without confirmation.</translation>
    </message>
    <message>
        <source>The earlier scan chosen for &quot;%1&quot; is not one this citizen gave at this desk. Attach a new scan.</source>
        <translation>The earlier scan chosen for &quot;%1&quot; is not one this citizen gave at this desk. Attach a new scan.</translation>
    </message>
</context>
<context>
    <name>JsonDataFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>This desk&apos;s key is not in the keychain.</source>
        <translation>This desk&apos;s key is not in the keychain.</translation>
    </message>
    <message>
        <source>The system keyring cannot be reached, so motcua cannot keep its keys and sign-in safely. Sign in to the computer&apos;s desktop session (which unlocks the keyring) and start motcua again; if it keeps happening, call the IT officer.</source>
        <translation>The system keyring cannot be reached, so motcua cannot keep its keys and sign-in safely. Sign in to the computer&apos;s desktop session (which unlocks the keyring) and start motcua again; if it keeps happening, call the IT officer.</translation>
    </message>
    <message>
        <source>The system keyring refused the request. Try again; if it keeps happening, call the IT officer.</source>
        <translation>The system keyring refused the request. Try again; if it keeps happening, call the IT officer.</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring is not the key this store was protected with: its recovery code would not open the store. Call the IT officer.</source>
        <translation>The key in this computer&apos;s keyring is not the key this store was protected with: its recovery code would not open the store. Call the IT officer.</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away like a master key: with it and a backup, anyone can read every dossier of this desk. Never store it on this computer, in e-mail or in a chat.</source>
        <translation>Write this code on paper and keep it locked away like a master key: with it and a backup, anyone can read every dossier of this desk. Never store it on this computer, in e-mail or in a chat.</translation>
    </message>
    <message>
        <source>The store on this desk is %1, not %2. Nothing was changed. Leave out --store-id to restore this store&apos;s keys.</source>
        <translation>The store on this desk is %1, not %2. Nothing was changed. Leave out --store-id to restore this store&apos;s keys.</translation>
    </message>
    <message>
        <source>There is no store on this desk yet: give the store&apos;s id with --store-id (32 hexadecimal digits; &quot;motcua-cli backup restore&quot; shows the id of a backup&apos;s store).</source>
        <translation>There is no store on this desk yet: give the store&apos;s id with --store-id (32 hexadecimal digits; &quot;motcua-cli backup restore&quot; shows the id of a backup&apos;s store).</translation>
    </message>
    <message>
        <source>This recovery code is not the one of this store: its key does not open the store&apos;s data. Nothing was changed. Check that the code is the one written down for this desk.</source>
        <translation>This recovery code is not the one of this store: its key does not open the store&apos;s data. Nothing was changed. Check that the code is the one written down for this desk.</translation>
    </message>
    <message>
        <source>The keys of store %1 are back in this computer&apos;s keyring.</source>
        <translation>The keys of store %1 are back in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>Show the desk&apos;s recovery code, or put the desk&apos;s keys back into this computer&apos;s keyring from it (the code is read from standard input).</source>
        <translation>Show the desk&apos;s recovery code, or put the desk&apos;s keys back into this computer&apos;s keyring from it (the code is read from standard input).</translation>
    </message>
    <message>
        <source>recovery-code | restore</source>
        <translation>recovery-code | restore</translation>
    </message>
    <message>
        <source>For restore on a computer without the store yet: the store&apos;s id.</source>
        <translation>For restore on a computer without the store yet: the store&apos;s id.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <source>Failed, needs action</source>
        <translation>Failed, needs action</translation>
    </message>
    <message>
        <source>Direct intake (recorded by the clerk)</source>
        <translation>Direct intake (recorded by the clerk)</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Online — confirmed by the citizen</source>
        <translation>Online — confirmed by the citizen</translation>
    </message>
    <message>
        <source>Online — awaiting the citizen&apos;s confirmation</source>
        <translation>Online — awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Online — no confirmation by the citizen recorded</source>
        <translation>Online — no confirmation by the citizen recorded</translation>
    </message>
    <message>
        <source>Sent, awaiting the citizen&apos;s confirmation</source>
        <translation>Sent, awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Failed, will retry at %1</source>
        <translation>Failed, will retry at %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number should have 10 digits and start with 0 (for example 0912 345 678). Check it with the citizen.</source>
        <translation>The phone number should have 10 digits and start with 0 (for example 0912 345 678). Check it with the citizen.</translation>
    </message>
</context>
<context>
    <name>ProgressPuller</name>
    <message>
        <source>The provincial system did not send the progress of the dossiers (HTTP %1). Tell your IT officer if it persists.</source>
        <translation>The provincial system did not send the progress of the dossiers (HTTP %1). Tell your IT officer if it persists.</translation>
    </message>
    <message>
        <source>The provincial system sent progress motcua cannot read. Nothing was changed; it will be asked again at the next sync.</source>
        <translation>The provincial system sent progress motcua cannot read. Nothing was changed; it will be asked again at the next sync.</translation>
    </message>
</context>
<context>
    <name>ProvincialStatus</name>
    <message>
        <source>Newly registered</source>
        <translation>Newly registered</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Financial obligation requested</translation>
    </message>
    <message>
        <source>Withdrawn at the citizen&apos;s request</source>
        <translation>Withdrawn at the citizen&apos;s request</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Unknown status %1</source>
        <translation>Unknown status %1</translation>
    </message>
    <message>
        <source>Papers asked: %1</source>
        <translation>Papers asked: %1</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>There is nothing to put in the QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>The text is too long for a QR code (%1 bytes, at most %2).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>The rating could not be saved: the answer is not one of those offered.</source>
        <translation>The rating could not be saved: the answer is not one of those offered.</translation>
    </message>
    <message>
        <source>The rating could not be saved: dossier %1 is not in the local store.</source>
        <translation>The rating could not be saved: dossier %1 is not in the local store.</translation>
    </message>
</context>
<context>
    <name>RatingSender</name>
    <message>
        <source>The provincial system did not acknowledge the citizens&apos; ratings. They stay on this desk and will be sent again at the next sync.</source>
        <translation>The provincial system did not acknowledge the citizens&apos; ratings. They stay on this desk and will be sent again at the next sync.</translation>
    </message>
    <message>
        <source>The provincial system refused the citizens&apos; ratings (HTTP %1): %2. They stay on this desk; tell your IT officer if it persists.</source>
        <translation>The provincial system refused the citizens&apos; ratings (HTTP %1): %2. They stay on this desk; tell your IT officer if it persists.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>The receipt was saved as %1.</translation>
    </message>
    <message>
        <source>The printer %1 could not be started. Check that it is on and connected, then print again.</source>
        <translation>The printer %1 could not be started. Check that it is on and connected, then print again.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer %1. Check the printer, then print again.</source>
        <translation>The receipt could not be sent to the printer %1. Check the printer, then print again.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>The receipt cannot be drawn without the graphical application.</source>
        <translation>The receipt cannot be drawn without the graphical application.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <source>The receipt has %1 pages but the printer did not accept a new page.</source>
        <translation>The receipt has %1 pages but the printer did not accept a new page.</translation>
    </message>
    <message>
        <source>The receipt has no dossier code.</source>
        <translation>The receipt has no dossier code.</translation>
    </message>
    <message>
        <source>The receipt has no applicant name.</source>
        <translation>The receipt has no applicant name.</translation>
    </message>
    <message>
        <source>The receipt has no reception time.</source>
        <translation>The receipt has no reception time.</translation>
    </message>
    <message>
        <source>The due date of the receipt is missing or before the reception time.</source>
        <translation>The due date of the receipt is missing or before the reception time.</translation>
    </message>
    <message>
        <source>A fee on the receipt is negative.</source>
        <translation>A fee on the receipt is negative.</translation>
    </message>
    <message>
        <source>An exempted fee on the receipt still has an amount to pay.</source>
        <translation>An exempted fee on the receipt still has an amount to pay.</translation>
    </message>
    <message>
        <source>The fees on the receipt do not add up to the total: check the fees.</source>
        <translation>The fees on the receipt do not add up to the total: check the fees.</translation>
    </message>
    <message>
        <source>The receipt has no page %1.</source>
        <translation>The receipt has no page %1.</translation>
    </message>
    <message>
        <source>The receipt PDF could not be made.</source>
        <translation>The receipt PDF could not be made.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2. Check the folder and try again.</source>
        <translation>The receipt could not be saved as %1: %2. Check the folder and try again.</translation>
    </message>
    <message>
        <source>The receipt was not saved: the folder %1 does not exist. Choose another folder.</source>
        <translation>The receipt was not saved: the folder %1 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>The receipt was not saved: you cannot save in the folder %1. Choose another folder, e.g. Documents.</source>
        <translation>The receipt was not saved: you cannot save in the folder %1. Choose another folder, e.g. Documents.</translation>
    </message>
    <message>
        <source>The receipt was not saved: the disk that holds %1 is full. Free some space or choose another disk.</source>
        <translation>The receipt was not saved: the disk that holds %1 is full. Free some space or choose another disk.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The online-rate report the way the national monitor counts it (docs/reports.md): dossiers carried over and newly received in the period, online and direct or postal, with the system&apos;s and the EMC-counted online rate.</source>
        <translation>The online-rate report the way the national monitor counts it (docs/reports.md): dossiers carried over and newly received in the period, online and direct or postal, with the system&apos;s and the EMC-counted online rate.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>Last day of the period (included).</source>
        <translation>Last day of the period (included).</translation>
    </message>
    <message>
        <source>Rows by: level, unit, field or procedure.</source>
        <translation>Rows by: level, unit, field or procedure.</translation>
    </message>
    <message>
        <source>csv (default) or xlsx.</source>
        <translation>csv (default) or xlsx.</translation>
    </message>
    <message>
        <source>File to write; the CSV goes to the standard output without it.</source>
        <translation>File to write; the CSV goes to the standard output without it.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 (see --help).</source>
        <translation>Unexpected argument %1 (see --help).</translation>
    </message>
    <message>
        <source>Give the first day of the period as --from YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</source>
        <translation>Give the first day of the period as --from YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Give the last day of the period as --to YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</source>
        <translation>Give the last day of the period as --to YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2: swap them.</source>
        <translation>The period starts on %1, after its last day %2: swap them.</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;: use level, unit, field or procedure.</source>
        <translation>Unknown grouping &quot;%1&quot;: use level, unit, field or procedure.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or xlsx.</source>
        <translation>Unknown format &quot;%1&quot;: use csv or xlsx.</translation>
    </message>
    <message>
        <source>An Excel report needs a file to write: add --output FILE.xlsx.</source>
        <translation>An Excel report needs a file to write: add --output FILE.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>The report could not be written to the standard output (the disk may be full or the program reading it may have stopped). Write it to a file with --output FILE.csv instead.</source>
        <translation>The report could not be written to the standard output (the disk may be full or the program reading it may have stopped). Write it to a file with --output FILE.csv instead.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The report could not be written (%1). Check the free space and try again.</source>
        <translation>The report could not be written (%1). Check the free space and try again.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</source>
        <translation>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report cannot be made: the store holds a report key out of range. Tell the administrator.</source>
        <translation>The report cannot be made: the store holds a report key out of range. Tell the administrator.</translation>
    </message>
    <message>
        <source>The report period is not valid: give a first and a last day, the first not after the last.</source>
        <translation>The report period is not valid: give a first and a last day, the first not after the last.</translation>
    </message>
</context>
<context>
    <name>ReportStatement</name>
    <message>
        <source>The report cannot be made: the local store is not open.</source>
        <translation>The report cannot be made: the local store is not open.</translation>
    </message>
    <message>
        <source>The report could not be read from the local store. Try again; if it keeps failing, check the store with the administrator.</source>
        <translation>The report could not be read from the local store. Try again; if it keeps failing, check the store with the administrator.</translation>
    </message>
</context>
<context>
    <name>ReportTrend</name>
    <message>
        <source>The trend needs a valid last day and between 1 and %1 months.</source>
        <translation>The trend needs a valid last day and between 1 and %1 months.</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</source>
        <translation>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</translation>
    </message>
    <message>
        <source>administrative level</source>
        <translation>administrative level</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>Online dossiers from %1 to %2, by %3</source>
        <translation>Online dossiers from %1 to %2, by %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Direct and postal</source>
        <translation>Direct and postal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Online rate (%)</source>
        <translation>Online rate (%)</translation>
    </message>
    <message>
        <source>Online with own account (EMC)</source>
        <translation>Online with own account (EMC)</translation>
    </message>
    <message>
        <source>EMC rate (%)</source>
        <translation>EMC rate (%)</translation>
    </message>
    <message>
        <source>Assisted at the counter</source>
        <translation>Assisted at the counter</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Accounts activated</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Online rate</source>
        <translation>Online rate</translation>
    </message>
    <message>
        <source>Citizen satisfaction from %1 to %2, unit %3</source>
        <translation>Citizen satisfaction from %1 to %2, unit %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Satisfied share (%)</source>
        <translation>Satisfied share (%)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>ScanCheck</name>
    <message>
        <source>The file %1 cannot be read. Check that it is still there and try again.</source>
        <translation>The file %1 cannot be read. Check that it is still there and try again.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Scan the paper again.</source>
        <translation>The file %1 is empty. Scan the paper again.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; the limit is %3 MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>The file %1 is %2 MB; the limit is %3 MB. Scan it again at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <source>The file %1 is a program, not a scan, whatever its name says. It was not attached. Scan the paper again.</source>
        <translation>The file %1 is a program, not a scan, whatever its name says. It was not attached. Scan the paper again.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, JPEG or PNG scan (its content is %2). Save the scan as PDF, JPEG or PNG and attach it again.</source>
        <translation>The file %1 is not a PDF, JPEG or PNG scan (its content is %2). Save the scan as PDF, JPEG or PNG and attach it again.</translation>
    </message>
    <message>
        <source>The file %1 is cut short (incomplete copy or download). Scan or copy it again.</source>
        <translation>The file %1 is cut short (incomplete copy or download). Scan or copy it again.</translation>
    </message>
    <message>
        <source>The image %1 is damaged and cannot be read. Scan the paper again.</source>
        <translation>The image %1 is damaged and cannot be read. Scan the paper again.</translation>
    </message>
    <message>
        <source>The image %1 is %2 × %3 pixels; the limit is %4 per side. Scan it again at 300 dpi.</source>
        <translation>The image %1 is %2 × %3 pixels; the limit is %4 per side. Scan it again at 300 dpi.</translation>
    </message>
</context>
<context>
    <name>SecretStreamReader</name>
    <message>
        <source>The backup cannot be opened: it is incomplete, was changed after it was written, or belongs to another desk whose keys this computer does not hold. Nothing was changed. Use another copy of the backup.</source>
        <translation>The backup cannot be opened: it is incomplete, was changed after it was written, or belongs to another desk whose keys this computer does not hold. Nothing was changed. Use another copy of the backup.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The provincial system&apos;s address &quot;%1&quot; is not a web address (https://…). Nothing was sent. Ask your IT officer to set the address of the provincial system.</source>
        <translation>The provincial system&apos;s address &quot;%1&quot; is not a web address (https://…). Nothing was sent. Ask your IT officer to set the address of the provincial system.</translation>
    </message>
    <message>
        <source>The provincial system&apos;s address %1 does not use https: the password and the citizens&apos; data would cross the network unprotected, so motcua does not connect to it. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address (https://…).</source>
        <translation>The provincial system&apos;s address %1 does not use https: the password and the citizens&apos; data would cross the network unprotected, so motcua does not connect to it. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address (https://…).</translation>
    </message>
</context>
<context>
    <name>StoreInspection</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>%1 is not a usable motcua store. Nothing was changed.</source>
        <translation>%1 is not a usable motcua store. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StoreUnlock</name>
    <message>
        <source>The keyring holds a key that is not this store&apos;s, so its personal data cannot be opened. Nothing has been changed. The IT officer can put the right key back from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</source>
        <translation>The keyring holds a key that is not this store&apos;s, so its personal data cannot be opened. Nothing has been changed. The IT officer can put the right key back from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Provincial system URL.</source>
        <translation>Provincial system URL.</translation>
    </message>
    <message>
        <source>Clerk&apos;s user name.</source>
        <translation>Clerk&apos;s user name.</translation>
    </message>
    <message>
        <source>motcua-cli: the server address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>motcua-cli: the server address &quot;%1&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server: %2, waiting to be sent: %3, needing action: %4</source>
        <translation>Sent: %1, already on the server: %2, waiting to be sent: %3, needing action: %4</translation>
    </message>
    <message>
        <source>Try every dossier not yet sent now, even those waiting for their next attempt.</source>
        <translation>Try every dossier not yet sent now, even those waiting for their next attempt.</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Next attempt: %1</translation>
    </message>
    <message>
        <source>Progress updates applied: %1</source>
        <translation>Progress updates applied: %1</translation>
    </message>
    <message>
        <source>Procedure catalogue updated to %1</source>
        <translation>Procedure catalogue updated to %1</translation>
    </message>
    <message>
        <source>Needs action: %1	%2</source>
        <translation>Needs action: %1	%2</translation>
    </message>
    <message>
        <source>Send the queued dossiers to the provincial system. The session kept in the keychain by an earlier sign-in is used while valid; otherwise the password is read from MOTCUA_PASSWORD or typed at the prompt.</source>
        <translation>Send the queued dossiers to the provincial system. The session kept in the keychain by an earlier sign-in is used while valid; otherwise the password is read from MOTCUA_PASSWORD or typed at the prompt.</translation>
    </message>
    <message>
        <source>The session kept for %1 is no longer valid. Run the command again and type the password.</source>
        <translation>The session kept for %1 is no longer valid. Run the command again and type the password.</translation>
    </message>
    <message>
        <source>Citizens&apos; ratings sent: %1</source>
        <translation>Citizens&apos; ratings sent: %1</translation>
    </message>
</context>
<context>
    <name>TlsGuard</name>
    <message>
        <source>its certificate was issued for another server name</source>
        <translation>its certificate was issued for another server name</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>its certificate has expired</translation>
    </message>
    <message>
        <source>its certificate is not valid yet (check this computer&apos;s date and time)</source>
        <translation>its certificate is not valid yet (check this computer&apos;s date and time)</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>its certificate has been revoked</translation>
    </message>
    <message>
        <source>its certificate is not issued by an authority this computer trusts</source>
        <translation>its certificate is not issued by an authority this computer trusts</translation>
    </message>
    <message>
        <source>its certificate is not acceptable</source>
        <translation>its certificate is not acceptable</translation>
    </message>
    <message>
        <source>The connection to the provincial system at %1 is not safe: %2. Nothing was sent and the dossiers stay queued. Do not try to work around this: call your IT officer.</source>
        <translation>The connection to the provincial system at %1 is not safe: %2. Nothing was sent and the dossiers stay queued. Do not try to work around this: call your IT officer.</translation>
    </message>
    <message>
        <source>Certificate pins are set for this desk, but the provincial system&apos;s address %1 does not use https, so they cannot be checked. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address.</source>
        <translation>Certificate pins are set for this desk, but the provincial system&apos;s address %1 does not use https, so they cannot be checked. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address.</translation>
    </message>
    <message>
        <source>The certificate pin set for this desk (pin_sha256 in the [server] section of settings.ini) cannot be read: &quot;%1&quot;. Nothing was sent and the dossiers stay queued. Ask your IT officer to correct it.</source>
        <translation>The certificate pin set for this desk (pin_sha256 in the [server] section of settings.ini) cannot be read: &quot;%1&quot;. Nothing was sent and the dossiers stay queued. Ask your IT officer to correct it.</translation>
    </message>
    <message>
        <source>its certificate is not the one this desk was set up to trust (certificate pin)</source>
        <translation>its certificate is not the one this desk was set up to trust (certificate pin)</translation>
    </message>
    <message>
        <source>a secure connection could not be set up with it</source>
        <translation>a secure connection could not be set up with it</translation>
    </message>
</context>
<context>
    <name>UnitCsv</name>
    <message>
        <source>a closing quote must be followed by a comma or the end of the line; double a quote that is part of the value.</source>
        <translation>a closing quote must be followed by a comma or the end of the line; double a quote that is part of the value.</translation>
    </message>
    <message>
        <source>a quoted value is not closed; add the closing quote.</source>
        <translation>a quoted value is not closed; add the closing quote.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>line %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check the name and that it is a file.</source>
        <translation>The file %1 cannot be read (%2). Check the name and that it is a file.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of units (more than 64 MiB). Check that it is the right file.</source>
        <translation>The file %1 is too large for a list of units (more than 64 MiB). Check that it is the right file.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save the list as CSV in UTF-8 and import it again.</source>
        <translation>The file is not UTF-8 text. Save the list as CSV in UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header code,name,level,parent_code,valid_from,valid_to.</source>
        <translation>the file is empty; the first line must be the header code,name,level,parent_code,valid_from,valid_to.</translation>
    </message>
    <message>
        <source>the header must be exactly code,name,level,parent_code,valid_from,valid_to; correct the first line.</source>
        <translation>the header must be exactly code,name,level,parent_code,valid_from,valid_to; correct the first line.</translation>
    </message>
    <message>
        <source>the line has %1 columns instead of 6; put quotes around a value that contains a comma.</source>
        <translation>the line has %1 columns instead of 6; put quotes around a value that contains a comma.</translation>
    </message>
    <message>
        <source>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</source>
        <translation>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, or leave it empty when the version has no end there.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD, or leave it empty when the version has no end there.</translation>
    </message>
    <message>
        <source>the file holds no unit; the list in place was kept. Add the units after the header, one version per line, or check that it is the right file.</source>
        <translation>the file holds no unit; the list in place was kept. Add the units after the header, one version per line, or check that it is the right file.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>The new list holds no unit, so the list in place was kept. Import the official list of units, with at least one line after the header.</source>
        <translation>The new list holds no unit, so the list in place was kept. Import the official list of units, with at least one line after the header.</translation>
    </message>
    <message>
        <source>The new list has %1 at level %2 on %3, but dossier history imported earlier has dossiers received at %1 that day at level %4 (their CapDonVi); %5 imported dossiers in all disagree with the new list. The list in place was kept: correct the new list, or re-import that history with the right CapDonVi.</source>
        <translation>The new list has %1 at level %2 on %3, but dossier history imported earlier has dossiers received at %1 that day at level %4 (their CapDonVi); %5 imported dossiers in all disagree with the new list. The list in place was kept: correct the new list, or re-import that history with the right CapDonVi.</translation>
    </message>
</context>
<context>
    <name>UnitsCommand</name>
    <message>
        <source>Usage: motcua-cli units import FILE.csv | units list [--on YYYY-MM-DD] | units set CODE --name NAME --level LEVEL [--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] (see --help).</source>
        <translation>Usage: motcua-cli units import FILE.csv | units list [--on YYYY-MM-DD] | units set CODE --name NAME --level LEVEL [--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] (see --help).</translation>
    </message>
    <message>
        <source>Replaced the list of administrative units with %1 versions from %2; %3 dossiers of this desk changed level.</source>
        <translation>Replaced the list of administrative units with %1 versions from %2; %3 dossiers of this desk changed level.</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--on: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</source>
        <translation>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, or leave it out for an open end.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD, or leave it out for an open end.</translation>
    </message>
    <message>
        <source>%1 has %2 versions; say which one with --from.</source>
        <translation>%1 has %2 versions; say which one with --from.</translation>
    </message>
    <message>
        <source>the change would make the version of %1 from %2 wrong: %3</source>
        <translation>the change would make the version of %1 from %2 wrong: %3</translation>
    </message>
    <message>
        <source>Changed the version of %1 from %2; %3 dossiers of this desk changed level.</source>
        <translation>Changed the version of %1 from %2; %3 dossiers of this desk changed level.</translation>
    </message>
    <message>
        <source>Added the version of %1 from %2; %3 dossiers of this desk changed level.</source>
        <translation>Added the version of %1 from %2; %3 dossiers of this desk changed level.</translation>
    </message>
    <message>
        <source>Administrative units as data (docs/units-and-import.md).
import FILE.csv: replaces the whole list with the file (all or nothing).
list [--on DAY]: the versions on the list, or those valid on DAY.
set CODE --name NAME --level LEVEL [--parent CODE] [--from DAY] [--to DAY]: adds or changes the version of CODE that starts on --from.</source>
        <translation>Administrative units as data (docs/units-and-import.md).
import FILE.csv: replaces the whole list with the file (all or nothing).
list [--on DAY]: the versions on the list, or those valid on DAY.
set CODE --name NAME --level LEVEL [--parent CODE] [--from DAY] [--to DAY]: adds or changes the version of CODE that starts on --from.</translation>
    </message>
    <message>
        <source>import FILE | list | set CODE</source>
        <translation>import FILE | list | set CODE</translation>
    </message>
    <message>
        <source>Only the versions valid on this day.</source>
        <translation>Only the versions valid on this day.</translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation>The unit&apos;s name.</translation>
    </message>
    <message>
        <source>1 or province, 2 or district, 3 or commune.</source>
        <translation>1 or province, 2 or district, 3 or commune.</translation>
    </message>
    <message>
        <source>The code of the unit above it.</source>
        <translation>The code of the unit above it.</translation>
    </message>
    <message>
        <source>First day of the version (empty: since always).</source>
        <translation>First day of the version (empty: since always).</translation>
    </message>
    <message>
        <source>Last day of the version (empty: still valid).</source>
        <translation>Last day of the version (empty: still valid).</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>A protected record cannot be opened: it was changed outside motcua or belongs to another store. Nothing was changed; call the IT officer.</source>
        <translation>A protected record cannot be opened: it was changed outside motcua or belongs to another store. Nothing was changed; call the IT officer.</translation>
    </message>
    <message>
        <source>This is not the desk&apos;s recovery code, or it was typed with a mistake: it has 17 groups of hexadecimal digits (0-9, A-F). Check each group and try again.</source>
        <translation>This is not the desk&apos;s recovery code, or it was typed with a mistake: it has 17 groups of hexadecimal digits (0-9, A-F). Check each group and try again.</translation>
    </message>
    <message>
        <source>The store&apos;s key has not been loaded from the keyring, so personal data cannot be read or written. Restart motcua; if it keeps happening, call the IT officer.</source>
        <translation>The store&apos;s key has not been loaded from the keyring, so personal data cannot be read or written. Restart motcua; if it keeps happening, call the IT officer.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Day off (official list)</source>
        <translation>Day off (official list)</translation>
    </message>
</context>
<context>
    <name>motcua::IdentityController</name>
    <message>
        <source>The local store is not open.</source>
        <translation>The local store is not open.</translation>
    </message>
</context>
<context>
    <name>motcua::ProvincialApi</name>
    <message>
        <source>Cannot reach the provincial system at %1 (%2). The dossiers stay queued and will be sent when the connection returns.</source>
        <translation>Cannot reach the provincial system at %1 (%2). The dossiers stay queued and will be sent when the connection returns.</translation>
    </message>
    <message>
        <source>The provincial system refused the sign-in: %1. Check the user name and password, then sync again.</source>
        <translation>The provincial system refused the sign-in: %1. Check the user name and password, then sync again.</translation>
    </message>
    <message>
        <source>The provincial system had an internal error (HTTP %1). The dossiers stay queued and will be sent again later.</source>
        <translation>The provincial system had an internal error (HTTP %1). The dossiers stay queued and will be sent again later.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read (HTTP %1). The dossiers stay queued and will be sent again later; if it persists, tell your IT officer.</source>
        <translation>The provincial system sent an answer motcua cannot read (HTTP %1). The dossiers stay queued and will be sent again later; if it persists, tell your IT officer.</translation>
    </message>
    <message>
        <source>The provincial system refused the request (HTTP %1): %2. Tell your IT officer.</source>
        <translation>The provincial system refused the request (HTTP %1): %2. Tell your IT officer.</translation>
    </message>
    <message>
        <source>The provincial system accepted the sign-in but sent no session. Tell your IT officer.</source>
        <translation>The provincial system accepted the sign-in but sent no session. Tell your IT officer.</translation>
    </message>
    <message>
        <source>The provincial system answered for %1 of %2 dossiers. They stay queued and will be sent again later.</source>
        <translation>The provincial system answered for %1 of %2 dossiers. They stay queued and will be sent again later.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read. The dossiers stay queued and will be sent again later.</source>
        <translation>The provincial system sent an answer motcua cannot read. The dossiers stay queued and will be sent again later.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncEngine</name>
    <message>
        <source>The provincial system did not answer for this dossier. It will be sent again.</source>
        <translation>The provincial system did not answer for this dossier. It will be sent again.</translation>
    </message>
    <message>
        <source>The provincial system already holds this dossier with different content (%1). Check the dossier with your supervisor before sending it again.</source>
        <translation>The provincial system already holds this dossier with different content (%1). Check the dossier with your supervisor before sending it again.</translation>
    </message>
    <message>
        <source>The provincial system refused this dossier (%1). Correct it, or tell your IT officer.</source>
        <translation>The provincial system refused this dossier (%1). Correct it, or tell your IT officer.</translation>
    </message>
    <message>
        <source>Another sync of this desk&apos;s queue is running. Try again when it has finished.</source>
        <translation>Another sync of this desk&apos;s queue is running. Try again when it has finished.</translation>
    </message>
    <message>
        <source>The upload of a scan was interrupted. It will resume from where it stopped at the next sync.</source>
        <translation>The upload of a scan was interrupted. It will resume from where it stopped at the next sync.</translation>
    </message>
    <message>
        <source>The provincial system does not have all the scans of this dossier yet. They will be sent again at the next sync.</source>
        <translation>The provincial system does not have all the scans of this dossier yet. They will be sent again at the next sync.</translation>
    </message>
    <message>
        <source>The record of this dossier in the local store is damaged and cannot be sent. Keep the desk as it is and call your IT officer, who can restore it from a backup.</source>
        <translation>The record of this dossier in the local store is damaged and cannot be sent. Keep the desk as it is and call your IT officer, who can restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ApplicantForm</name>
    <message>
        <source>12 digits — or scan the chip card&apos;s QR code</source>
        <translation>12 digits — or scan the chip card&apos;s QR code</translation>
    </message>
    <message>
        <source>9-digit old ID card number, if any (never required)</source>
        <translation>9-digit old ID card number, if any (never required)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Old ID number:</source>
        <translation>&amp;Old ID number:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>ID number (&amp;CCCD):</source>
        <translation>ID number (&amp;CCCD):</translation>
    </message>
    <message>
        <source>Dat&amp;e of birth:</source>
        <translation>Dat&amp;e of birth:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Addre&amp;ss:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CitizenWindow</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>motcua — for the citizen</source>
        <translation>motcua — for the citizen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Welcome to the one-stop counter</source>
        <translation>Welcome to the one-stop counter</translation>
    </message>
    <message>
        <source>The clerk will help you. What you need to read or confirm will appear on this screen.</source>
        <translation>The clerk will help you. What you need to read or confirm will appear on this screen.</translation>
    </message>
    <message>
        <source>Activate your VNeID account</source>
        <translation>Activate your VNeID account</translation>
    </message>
    <message>
        <source>A 6-digit code was sent by SMS to your phone %1. Type it below and press Confirm. Do not tell the code to anyone, including the clerk.</source>
        <translation>A 6-digit code was sent by SMS to your phone %1. Type it below and press Confirm. Do not tell the code to anyone, including the clerk.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>The code has 6 digits. Please type all of them.</source>
        <translation>The code has 6 digits. Please type all of them.</translation>
    </message>
    <message>
        <source>The code has expired. The clerk can send you a new one.</source>
        <translation>The code has expired. The clerk can send you a new one.</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>The code is valid for %1:%2 more.</translation>
    </message>
    <message>
        <source>I agree: send me a code to confirm</source>
        <translation>I agree: send me a code to confirm</translation>
    </message>
    <message>
        <source>Agree to the dossier shown and receive a one-time code</source>
        <translation>Agree to the dossier shown and receive a one-time code</translation>
    </message>
    <message>
        <source>Please check your dossier</source>
        <translation>Please check your dossier</translation>
    </message>
    <message>
        <source>Confirm your dossier</source>
        <translation>Confirm your dossier</translation>
    </message>
    <message>
        <source>A 6-digit code was sent by SMS to your phone %1. Type it below to submit the dossier under your own account. Do not tell the code to anyone, including the clerk.</source>
        <translation>A 6-digit code was sent by SMS to your phone %1. Type it below to submit the dossier under your own account. Do not tell the code to anyone, including the clerk.</translation>
    </message>
    <message>
        <source>The clerk prepared this dossier with you. If it is right, press the button. The dossier is submitted online under your own account only with your confirmation: the code sent to your account&apos;s phone, typed here — or this button alone if you have just activated your account at this counter.</source>
        <translation>The clerk prepared this dossier with you. If it is right, press the button. The dossier is submitted online under your own account only with your confirmation: the code sent to your account&apos;s phone, typed here — or this button alone if you have just activated your account at this counter.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConfirmStep</name>
    <message>
        <source>Show on the &amp;citizen&apos;s screen and ask to confirm</source>
        <translation>Show on the &amp;citizen&apos;s screen and ask to confirm</translation>
    </message>
    <message>
        <source>Queue as &amp;awaiting the citizen&apos;s confirmation</source>
        <translation>Queue as &amp;awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Record as &amp;direct intake instead</source>
        <translation>Record as &amp;direct intake instead</translation>
    </message>
    <message>
        <source>When the desk is offline: the provincial system asks the citizen to confirm from their own phone after the next sync. Until they do, the dossier is not counted as online.</source>
        <translation>When the desk is offline: the provincial system asks the citizen to confirm from their own phone after the next sync. Until they do, the dossier is not counted as online.</translation>
    </message>
    <message>
        <source>Direct intake: the clerk records this dossier. It is filed as received at the counter and is NOT counted as submitted online.</source>
        <translation>Direct intake: the clerk records this dossier. It is filed as received at the counter and is NOT counted as submitted online.</translation>
    </message>
    <message>
        <source>The citizen confirmed this dossier with their own account. Save it.</source>
        <translation>The citizen confirmed this dossier with their own account. Save it.</translation>
    </message>
    <message>
        <source>Online submission under the citizen&apos;s own account: show the summary on the citizen&apos;s screen. The citizen reads it, agrees, and types the code sent to their phone. You never need that code.</source>
        <translation>Online submission under the citizen&apos;s own account: show the summary on the citizen&apos;s screen. The citizen reads it, agrees, and types the code sent to their phone. You never need that code.</translation>
    </message>
    <message>
        <source>The summary is on the citizen&apos;s screen. Waiting for the citizen to agree…</source>
        <translation>The summary is on the citizen&apos;s screen. Waiting for the citizen to agree…</translation>
    </message>
    <message>
        <source>Please wait: the clerk must sign in first.</source>
        <translation>Please wait: the clerk must sign in first.</translation>
    </message>
    <message>
        <source>Asking the provincial system to send the citizen a code…</source>
        <translation>Asking the provincial system to send the citizen a code…</translation>
    </message>
    <message>
        <source>Your dossier could not be confirmed now. The clerk will tell you what happens next.</source>
        <translation>Your dossier could not be confirmed now. The clerk will tell you what happens next.</translation>
    </message>
    <message>
        <source>%1
The desk is offline: queue the dossier as awaiting the citizen&apos;s confirmation, or record direct intake.</source>
        <translation>%1
The desk is offline: queue the dossier as awaiting the citizen&apos;s confirmation, or record direct intake.</translation>
    </message>
    <message>
        <source>Thank you. Your dossier is confirmed under your own account.</source>
        <translation>Thank you. Your dossier is confirmed under your own account.</translation>
    </message>
    <message>
        <source>The citizen confirmed this dossier with their own account (just activated). Save it.</source>
        <translation>The citizen confirmed this dossier with their own account (just activated). Save it.</translation>
    </message>
    <message>
        <source>A code was sent to %1. The citizen types it on their screen.</source>
        <translation>A code was sent to %1. The citizen types it on their screen.</translation>
    </message>
    <message numerus="yes">
        <source>The citizen typed a wrong code (%n attempt(s) left).</source>
        <translation>
            <numerusform>The citizen typed a wrong code (%n attempt left).</numerusform>
            <numerusform>The citizen typed a wrong code (%n attempts left).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code was sent to %1.</source>
        <translation>A new code was sent to %1.</translation>
    </message>
    <message>
        <source>Your dossier will be sent when the connection returns. You will receive a message on your phone: confirm it there with your own account.</source>
        <translation>Your dossier will be sent when the connection returns. You will receive a message on your phone: confirm it there with your own account.</translation>
    </message>
    <message>
        <source>Queued as awaiting the citizen&apos;s confirmation: the citizen confirms from their own phone after the next sync. Until then it is not counted as online.</source>
        <translation>Queued as awaiting the citizen&apos;s confirmation: the citizen confirms from their own phone after the next sync. Until then it is not counted as online.</translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation>&amp;Resend the code</translation>
    </message>
    <message>
        <source>The citizen has no active account, so they could not confirm from their phone. Help them activate it, or record direct intake.</source>
        <translation>The citizen has no active account, so they could not confirm from their phone. Help them activate it, or record direct intake.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DayEndPage</name>
    <message>
        <source>Only this des&amp;k</source>
        <translation>Only this des&amp;k</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Sa&amp;ve as PDF…</translation>
    </message>
    <message>
        <source>Day to close</source>
        <translation>Day to close</translation>
    </message>
    <message>
        <source>Only the dossiers received at this desk</source>
        <translation>Only the dossiers received at this desk</translation>
    </message>
    <message>
        <source>Compute the figures again (Ctrl+R)</source>
        <translation>Compute the figures again (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the day-end summary as a PDF file (Ctrl+Shift+S)</source>
        <translation>Save the day-end summary as a PDF file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation>Dossiers received on the day</translation>
    </message>
    <message>
        <source>Direct at the desk</source>
        <translation>Direct at the desk</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Online, confirmed by the citizen</source>
        <translation>Online, confirmed by the citizen</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation</source>
        <translation>Online, awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Online, no confirmation by the citizen recorded</source>
        <translation>Online, no confirmation by the citizen recorded</translation>
    </message>
    <message>
        <source>Received in all</source>
        <translation>Received in all</translation>
    </message>
    <message>
        <source>The day as the online-rate report counts it</source>
        <translation>The day as the online-rate report counts it</translation>
    </message>
    <message>
        <source>Online share</source>
        <translation>Online share</translation>
    </message>
    <message>
        <source>Counted by the national monitor (citizen&apos;s own account)</source>
        <translation>Counted by the national monitor (citizen&apos;s own account)</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Accounts activated</translation>
    </message>
    <message>
        <source>Still to do at the desk</source>
        <translation>Still to do at the desk</translation>
    </message>
    <message>
        <source>Awaiting the citizen&apos;s confirmation</source>
        <translation>Awaiting the citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
    </message>
    <message>
        <source>Failures needing action</source>
        <translation>Failures needing action</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enter or double-click: show the dossier in the queue</source>
        <translation>Enter or double-click: show the dossier in the queue</translation>
    </message>
    <message>
        <source>F&amp;ailures needing action, oldest first:</source>
        <translation>F&amp;ailures needing action, oldest first:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Of %1 dossiers handled on the day (%2 carried over: received earlier, still open when the day began; %3 received), %4 online, %5 of them with the citizen&apos;s own account.</source>
        <translation>Of %1 dossiers handled on the day (%2 carried over: received earlier, still open when the day began; %3 received), %4 online, %5 of them with the citizen&apos;s own account.</translation>
    </message>
    <message>
        <source>%1, unit %2%3 · computed at %4</source>
        <translation>%1, unit %2%3 · computed at %4</translation>
    </message>
    <message>
        <source>, desk %1</source>
        <translation>, desk %1</translation>
    </message>
    <message>
        <source>day-end-%1.pdf</source>
        <translation>day-end-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day-end summary</source>
        <translation>Save the day-end summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>The day-end summary was saved as %1.</source>
        <translation>The day-end summary was saved as %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DeskSettingsForm</name>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Retention in days</translation>
    </message>
    <message>
        <source>Keep for ever</source>
        <translation>Keep for ever</translation>
    </message>
    <message>
        <source>Offline sign-in days</source>
        <translation>Offline sign-in days</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Idle lock in minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Provincial system address</source>
        <translation>Provincial system address</translation>
    </message>
    <message>
        <source>Certificate pins</source>
        <translation>Certificate pins</translation>
    </message>
    <message>
        <source>One pin a line (base64 SHA-256 of the server&apos;s key); none: the system&apos;s trusted certificates</source>
        <translation>One pin a line (base64 SHA-256 of the server&apos;s key); none: the system&apos;s trusted certificates</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Provincial system</source>
        <translation>Provincial system</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Certificate &amp;pins:</source>
        <translation>Certificate &amp;pins:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit name printed on receipts</source>
        <translation>Unit name printed on receipts</translation>
    </message>
    <message>
        <source>Desk number</source>
        <translation>Desk number</translation>
    </message>
    <message>
        <source>Each desk of a unit needs its own number (1 to 4 letters or digits): it is part of every dossier code.</source>
        <translation>Each desk of a unit needs its own number (1 to 4 letters or digits): it is part of every dossier code.</translation>
    </message>
    <message>
        <source>Unit and desk</source>
        <translation>Unit and desk</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Name on receipts:</source>
        <translation>&amp;Name on receipts:</translation>
    </message>
    <message>
        <source>Des&amp;k number:</source>
        <translation>Des&amp;k number:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Keep personal data of sent dossiers &amp;for:</source>
        <translation>Keep personal data of sent dossiers &amp;for:</translation>
    </message>
    <message>
        <source>Allow &amp;offline sign-in for:</source>
        <translation>Allow &amp;offline sign-in for:</translation>
    </message>
    <message>
        <source>&amp;Lock the desk when idle for:</source>
        <translation>&amp;Lock the desk when idle for:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not on the list of units)</source>
        <translation>%1 (not on the list of units)</translation>
    </message>
    <message>
        <source>This desk&apos;s store knows no units yet: load the official list with motcua-cli units import FILE.</source>
        <translation>This desk&apos;s store knows no units yet: load the official list with motcua-cli units import FILE.</translation>
    </message>
    <message>
        <source>The certificate pin &quot;%1&quot; cannot be read: a pin is the base64 SHA-256 of the server&apos;s key (44 characters). Nothing was saved.</source>
        <translation>The certificate pin &quot;%1&quot; cannot be read: a pin is the base64 SHA-256 of the server&apos;s key (44 characters). Nothing was saved.</translation>
    </message>
    <message>
        <source>Certificate pins can only be checked on an https address. Nothing was saved.</source>
        <translation>Certificate pins can only be checked on an https address. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the unit, its name on receipts and a desk number of 1 to 4 letters or digits. Nothing was saved.</source>
        <translation>Choose the unit, its name on receipts and a desk number of 1 to 4 letters or digits. Nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Saved. motcua uses the new settings when it is started again.</source>
        <translation>Saved. motcua uses the new settings when it is started again.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FeesStep</name>
    <message>
        <source>Quantity the fee is charged on</source>
        <translation>Quantity the fee is charged on</translation>
    </message>
    <message>
        <source>Exemption grounds the applicant has (check the papers proving them)</source>
        <translation>Exemption grounds the applicant has (check the papers proving them)</translation>
    </message>
    <message>
        <source>&amp;Quantity (copies, pages…):</source>
        <translation>&amp;Quantity (copies, pages…):</translation>
    </message>
    <message>
        <source>No fee policy is installed: the catalogue&apos;s fees apply with no reduction.</source>
        <translation>No fee policy is installed: the catalogue&apos;s fees apply with no reduction.</translation>
    </message>
    <message>
        <source>Fee policy %1 (SAMPLE shipped with motcua: ask the admin to install the province&apos;s own).</source>
        <translation>Fee policy %1 (SAMPLE shipped with motcua: ask the admin to install the province&apos;s own).</translation>
    </message>
    <message>
        <source>Fee policy %1 of %2.</source>
        <translation>Fee policy %1 of %2.</translation>
    </message>
    <message>
        <source>This procedure has no fee.</source>
        <translation>This procedure has no fee.</translation>
    </message>
    <message>
        <source>%1: %2 đồng</source>
        <translation>%1: %2 đồng</translation>
    </message>
    <message>
        <source>To pay: %1 đồng</source>
        <translation>To pay: %1 đồng</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Applied: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IdentityPanel</name>
    <message>
        <source>Look the citizen up in the population register (Ctrl+K)</source>
        <translation>Look the citizen up in the population register (Ctrl+K)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>unknown method &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Checking with the population register…</source>
        <translation>Checking with the population register…</translation>
    </message>
    <message>
        <source>Unknown — check when online. This citizen was never checked from this desk and the provincial system cannot be reached.
%1</source>
        <translation>Unknown — check when online. This citizen was never checked from this desk and the provincial system cannot be reached.
%1</translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE — this is the last answer seen, from %1 (%n day(s) ago). Check again when online.</source>
        <translation>
            <numerusform>OFFLINE — this is the last answer seen, from %1 (%n day ago). Check again when online.</numerusform>
            <numerusform>OFFLINE — this is the last answer seen, from %1 (%n days ago). Check again when online.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked with the population register at %1.</source>
        <translation>Checked with the population register at %1.</translation>
    </message>
    <message>
        <source>Not found in the population register. Check the ID number with the card.</source>
        <translation>Not found in the population register. Check the ID number with the card.</translation>
    </message>
    <message>
        <source>Found in the population register.</source>
        <translation>Found in the population register.</translation>
    </message>
    <message>
        <source>The name differs from the register (%1). Check it with the card.</source>
        <translation>The name differs from the register (%1). Check it with the card.</translation>
    </message>
    <message>
        <source>The date of birth differs from the register (%1).</source>
        <translation>The date of birth differs from the register (%1).</translation>
    </message>
    <message>
        <source>The sex differs from the register.</source>
        <translation>The sex differs from the register.</translation>
    </message>
    <message>
        <source>Name, date of birth and sex match the register.</source>
        <translation>Name, date of birth and sex match the register.</translation>
    </message>
    <message>
        <source>No VNeID account: help the citizen activate one.</source>
        <translation>No VNeID account: help the citizen activate one.</translation>
    </message>
    <message>
        <source>VNeID active, level %1: the citizen can log in and submit with their own account.</source>
        <translation>VNeID active, level %1: the citizen can log in and submit with their own account.</translation>
    </message>
    <message>
        <source>VNeID registered but not activated: help the citizen activate it.</source>
        <translation>VNeID registered but not activated: help the citizen activate it.</translation>
    </message>
    <message>
        <source>VNeID %1: the citizen cannot log in with it now.</source>
        <translation>VNeID %1: the citizen cannot log in with it now.</translation>
    </message>
    <message>
        <source>Older account methods on record (no longer accepted for individuals): %1</source>
        <translation>Older account methods on record (no longer accepted for individuals): %1</translation>
    </message>
    <message>
        <source>Asking the provincial system to send a code to the citizen&apos;s phone…</source>
        <translation>Asking the provincial system to send a code to the citizen&apos;s phone…</translation>
    </message>
    <message>
        <source>A code was sent to %1. The citizen types it on their screen; you never need it.</source>
        <translation>A code was sent to %1. The citizen types it on their screen; you never need it.</translation>
    </message>
    <message>
        <source>A new code was sent to %1.</source>
        <translation>A new code was sent to %1.</translation>
    </message>
    <message>
        <source>Account activated (VNeID level %1).</source>
        <translation>Account activated (VNeID level %1).</translation>
    </message>
    <message numerus="yes">
        <source>The citizen typed a wrong code (%n attempt(s) left).</source>
        <translation>
            <numerusform>The citizen typed a wrong code (%n attempt left).</numerusform>
            <numerusform>The citizen typed a wrong code (%n attempts left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k identity</source>
        <translation>Chec&amp;k identity</translation>
    </message>
    <message>
        <source>He&amp;lp activate VNeID</source>
        <translation>He&amp;lp activate VNeID</translation>
    </message>
    <message>
        <source>Send a ne&amp;w code</source>
        <translation>Send a ne&amp;w code</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakePage</name>
    <message>
        <source>&amp;Save to queue</source>
        <translation>&amp;Save to queue</translation>
    </message>
    <message>
        <source>Save the dossier to the local queue (Ctrl+S)</source>
        <translation>Save the dossier to the local queue (Ctrl+S)</translation>
    </message>
    <message>
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Card scanned: check the details with the citizen.</source>
        <translation>Card scanned: check the details with the citizen.</translation>
    </message>
    <message>
        <source>The citizen submits &amp;online with their own account (counted as online)</source>
        <translation>The citizen submits &amp;online with their own account (counted as online)</translation>
    </message>
    <message>
        <source>&amp;Direct intake: the clerk records the dossier (not counted as online)</source>
        <translation>&amp;Direct intake: the clerk records the dossier (not counted as online)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <source>Ne&amp;xt citizen</source>
        <translation>Ne&amp;xt citizen</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Intake steps</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>3. Papers</source>
        <translation>3. Papers</translation>
    </message>
    <message>
        <source>4. Fees</source>
        <translation>4. Fees</translation>
    </message>
    <message>
        <source>5. Due date</source>
        <translation>5. Due date</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Review</translation>
    </message>
    <message>
        <source>7. Citizen&apos;s confirmation</source>
        <translation>7. Citizen&apos;s confirmation</translation>
    </message>
    <message>
        <source>8. Receipt</source>
        <translation>8. Receipt</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Previous step (Alt+Left)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right or Ctrl+Enter)</source>
        <translation>Next step (Alt+Right or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>How is this dossier submitted?</source>
        <translation>How is this dossier submitted?</translation>
    </message>
    <message>
        <source>Which procedure does the citizen ask for?</source>
        <translation>Which procedure does the citizen ask for?</translation>
    </message>
    <message>
        <source>Applicant — scan the chip card or type</source>
        <translation>Applicant — scan the chip card or type</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>Papers received</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <source>Due date for the result</source>
        <translation>Due date for the result</translation>
    </message>
    <message>
        <source>Review with the citizen</source>
        <translation>Review with the citizen</translation>
    </message>
    <message>
        <source>The citizen&apos;s own confirmation</source>
        <translation>The citizen&apos;s own confirmation</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Choose a procedure from the list first.</source>
        <translation>Choose a procedure from the list first.</translation>
    </message>
    <message>
        <source>Wait until the scan is stored.</source>
        <translation>Wait until the scan is stored.</translation>
    </message>
    <message>
        <source>These required papers are missing:
- %1</source>
        <translation>These required papers are missing:
- %1</translation>
    </message>
    <message>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>This procedure is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Enter the applicant&apos;s full name.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from this citizen&apos;s earlier dossiers can be reused.</source>
        <translation>
            <numerusform>%n scan from this citizen&apos;s earlier dossiers can be reused.</numerusform>
            <numerusform>%n scans from this citizen&apos;s earlier dossiers can be reused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n working day(s).</source>
        <translation>
            <numerusform>Processing time: %n working day.</numerusform>
            <numerusform>Processing time: %n working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shortened by the province for dossiers the citizen submits online (%n working day(s) otherwise).</source>
        <translation>
            <numerusform>Shortened by the province for dossiers the citizen submits online (%n working day otherwise).</numerusform>
            <numerusform>Shortened by the province for dossiers the citizen submits online (%n working days otherwise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If the citizen submits online with their own account it takes %n working day(s).</source>
        <translation>
            <numerusform>If the citizen submits online with their own account it takes %n working day.</numerusform>
            <numerusform>If the citizen submits online with their own account it takes %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Result due: %1</source>
        <translation>Result due: %1</translation>
    </message>
    <message>
        <source>Weekends, public holidays and the official days off are not counted; a dossier received after office hours counts from the next working morning.</source>
        <translation>Weekends, public holidays and the official days off are not counted; a dossier received after office hours counts from the next working morning.</translation>
    </message>
    <message>
        <source>Submitted online by the citizen with their own account.</source>
        <translation>Submitted online by the citizen with their own account.</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation from their phone.</source>
        <translation>Online, awaiting the citizen&apos;s confirmation from their phone.</translation>
    </message>
    <message>
        <source>Direct intake, recorded by the clerk.</source>
        <translation>Direct intake, recorded by the clerk.</translation>
    </message>
    <message>
        <source>Dossier %1 saved to the queue. It will be sent at the next sync.
%2
Result due: %3
Fee: %4 đồng</source>
        <translation>Dossier %1 saved to the queue. It will be sent at the next sync.
%2
Result due: %3
Fee: %4 đồng</translation>
    </message>
    <message>
        <source>Dossier %1 saved to the queue.</source>
        <translation>Dossier %1 saved to the queue.</translation>
    </message>
    <message>
        <source>A card was scanned in the middle of a dossier. Finish or start the next citizen (Ctrl+N) first.</source>
        <translation>A card was scanned in the middle of a dossier. Finish or start the next citizen (Ctrl+N) first.</translation>
    </message>
    <message>
        <source>Save receipt as PD&amp;F…</source>
        <translation>Save receipt as PD&amp;F…</translation>
    </message>
    <message>
        <source>Awaiting the citizen: fee %1 đồng, result due %2 (the online reduction and shorter time apply only once the citizen confirms).</source>
        <translation>Awaiting the citizen: fee %1 đồng, result due %2 (the online reduction and shorter time apply only once the citizen confirms).</translation>
    </message>
    <message>
        <source>Wait a moment, then scan the card again.</source>
        <translation>Wait a moment, then scan the card again.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LockPage</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign in as &amp;another clerk…</source>
        <translation>Sign in as &amp;another clerk…</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Unlock status</translation>
    </message>
    <message>
        <source>The desk is locked. %1, type your password to unlock it.</source>
        <translation>The desk is locked. %1, type your password to unlock it.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>Nobody is signed in at this desk.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>motcua — one-stop counter</source>
        <translation>motcua — one-stop counter</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Unit %1 · desk %2 · server %3</source>
        <translation>Unit %1 · desk %2 · server %3</translation>
    </message>
    <message>
        <source>Opening the local store…</source>
        <translation>Opening the local store…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Next citizen</source>
        <translation>&amp;Next citizen</translation>
    </message>
    <message>
        <source>Show the &amp;citizen&apos;s screen</source>
        <translation>Show the &amp;citizen&apos;s screen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>The provincial system refused this clerk&apos;s sign-in. Sign out and sign in again.</source>
        <translation>The provincial system refused this clerk&apos;s sign-in. Sign out and sign in again.</translation>
    </message>
    <message>
        <source>Opening the keyring…</source>
        <translation>Opening the keyring…</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lock the desk</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · offline sign-in</source>
        <translation>Signed in: %1 (%2) · offline sign-in</translation>
    </message>
    <message>
        <source>Offline sign-in: the provincial system cannot be reached. Dossiers are queued and sent when it returns.</source>
        <translation>Offline sign-in: the provincial system cannot be reached. Dossiers are queued and sent when it returns.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About motcua</source>
        <translation>&amp;About motcua</translation>
    </message>
    <message>
        <source>About motcua</source>
        <translation>About motcua</translation>
    </message>
    <message>
        <source>motcua %1 — one-stop counter desk: helps citizens submit online with their own account.</source>
        <translation>motcua %1 — one-stop counter desk: helps citizens submit online with their own account.</translation>
    </message>
    <message>
        <source>motcua</source>
        <translation>motcua</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Da&amp;y end</source>
        <translation>Da&amp;y end</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OfflineBanner</name>
    <message>
        <source>Ask the provincial system at once whether it can be reached</source>
        <translation>Ask the provincial system at once whether it can be reached</translation>
    </message>
    <message>
        <source>Connection to the provincial system</source>
        <translation>Connection to the provincial system</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached. Last successful contact: %1.</source>
        <translation>The provincial system cannot be reached. Last successful contact: %1.</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached, and this desk has not reached it yet.</source>
        <translation>The provincial system cannot be reached, and this desk has not reached it yet.</translation>
    </message>
    <message>
        <source>Intake goes on: dossiers are kept on this computer and sent when the connection returns.</source>
        <translation>Intake goes on: dossiers are kept on this computer and sent when the connection returns.</translation>
    </message>
    <message>
        <source>The connection to the provincial system returned at %1. Waiting dossiers are being sent.</source>
        <translation>The connection to the provincial system returned at %1. Waiting dossiers are being sent.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Try &amp;again now</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PaperChecklist</name>
    <message>
        <source>For each paper choose how it was received. Required papers are marked *. Attach a scan with Alt+A on the paper&apos;s row.</source>
        <translation>For each paper choose how it was received. Required papers are marked *. Attach a scan with Alt+A on the paper&apos;s row.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n copies)</source>
        <translation>
            <numerusform>%1 (%n copy)</numerusform>
            <numerusform>%1 (%n copies)</numerusform>
        </translation>
    </message>
    <message>
        <source>How &quot;%1&quot; was received</source>
        <translation>How &quot;%1&quot; was received</translation>
    </message>
    <message>
        <source>Attach a scan of &quot;%1&quot;</source>
        <translation>Attach a scan of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Original seen and checked</source>
        <translation>Original seen and checked</translation>
    </message>
    <message>
        <source>Copy kept</source>
        <translation>Copy kept</translation>
    </message>
    <message>
        <source>Scan attached: %1</source>
        <translation>Scan attached: %1</translation>
    </message>
    <message>
        <source>Reuse the scan of &quot;%1&quot; from dossier %2 (%3)</source>
        <translation>Reuse the scan of &quot;%1&quot; from dossier %2 (%3)</translation>
    </message>
    <message>
        <source>Scan of &quot;%1&quot;</source>
        <translation>Scan of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and storing the scan…</source>
        <translation>Checking and storing the scan…</translation>
    </message>
    <message>
        <source>Scan of &quot;%1&quot; attached (%2 KB).</source>
        <translation>Scan of &quot;%1&quot; attached (%2 KB).</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>Attach &amp;scan…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PolicyFilesPanel</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Install a fee polic&amp;y file…</source>
        <translation>Install a fee polic&amp;y file…</translation>
    </message>
    <message>
        <source>I&amp;mport the days off of a year…</source>
        <translation>I&amp;mport the days off of a year…</translation>
    </message>
    <message>
        <source>Install a fee policy file</source>
        <translation>Install a fee policy file</translation>
    </message>
    <message>
        <source>Policies: online discounts and processing times</source>
        <translation>Policies: online discounts and processing times</translation>
    </message>
    <message>
        <source>Installed official calendars</source>
        <translation>Installed official calendars</translation>
    </message>
    <message>
        <source>Import the official days off of a year</source>
        <translation>Import the official days off of a year</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Years without an official list use the holidays of the Labour Code, computed.</source>
        <translation>Years without an official list use the holidays of the Labour Code, computed.</translation>
    </message>
    <message>
        <source>Fee policy file</source>
        <translation>Fee policy file</translation>
    </message>
    <message>
        <source>Official days off of a year</source>
        <translation>Official days off of a year</translation>
    </message>
    <message>
        <source>Shorter processing times for dossiers submitted online are set for each procedure in the procedure catalogue (version %1), which comes from the provincial system or motcua-cli catalog import.</source>
        <translation>Shorter processing times for dossiers submitted online are set for each procedure in the procedure catalogue (version %1), which comes from the provincial system or motcua-cli catalog import.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The installed fee policy %1 cannot be used, so listed fees are charged with no reduction: %2</source>
        <translation>The installed fee policy %1 cannot be used, so listed fees are charged with no reduction: %2</translation>
    </message>
    <message>
        <source>No fee policy is installed: listed fees are charged with no reduction.</source>
        <translation>No fee policy is installed: listed fees are charged with no reduction.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message numerus="yes">
        <source>In force: policy %1 of %2, %3; %n online discount(s)</source>
        <translation>
            <numerusform>In force: policy %1 of %2, %3; %n online discount</numerusform>
            <numerusform>In force: policy %1 of %2, %3; %n online discounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n exemption(s).</source>
        <translation>
            <numerusform>, %n exemption.</numerusform>
            <numerusform>, %n exemptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not apply today: listed fees are charged.</source>
        <translation>It does not apply today: listed fees are charged.</translation>
    </message>
    <message>
        <source>This is the sample policy shipped with motcua, not the province&apos;s own: install the province&apos;s file.</source>
        <translation>This is the sample policy shipped with motcua, not the province&apos;s own: install the province&apos;s file.</translation>
    </message>
    <message>
        <source>The installed file is marked as a sample, not the province&apos;s own.</source>
        <translation>The installed file is marked as a sample, not the province&apos;s own.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) off</source>
        <translation>
            <numerusform>%1: %n day off</numerusform>
            <numerusform>%1: %n days off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n weekend working day(s) (%1)</source>
        <translation>
            <numerusform>, %n weekend working day (%1)</numerusform>
            <numerusform>, %n weekend working days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 cannot be used: %2</translation>
    </message>
    <message>
        <source>No official list installed.</source>
        <translation>No official list installed.</translation>
    </message>
    <message>
        <source>The fee policy was not installed: %1</source>
        <translation>The fee policy was not installed: %1</translation>
    </message>
    <message>
        <source>Installed the fee policy %1 (%2). New dossiers use it once motcua is started again.</source>
        <translation>Installed the fee policy %1 (%2). New dossiers use it once motcua is started again.</translation>
    </message>
    <message>
        <source>It is marked as a sample policy, not the province&apos;s own.</source>
        <translation>It is marked as a sample policy, not the province&apos;s own.</translation>
    </message>
    <message>
        <source>The days off were not installed: %1</source>
        <translation>The days off were not installed: %1</translation>
    </message>
    <message>
        <source>Installed the official days off of %1. New dossiers use them for their due dates once motcua is started again.</source>
        <translation>Installed the official days off of %1. New dossiers use them for their due dates once motcua is started again.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureStep</name>
    <message>
        <source>Type part of the procedure&apos;s name or code, e.g. khai sinh</source>
        <translation>Type part of the procedure&apos;s name or code, e.g. khai sinh</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Find a procedure</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Matching procedures</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>No procedure matches. Try fewer or shorter words.</source>
        <translation>No procedure matches. Try fewer or shorter words.</translation>
    </message>
    <message>
        <source>whole-process online</source>
        <translation>whole-process online</translation>
    </message>
    <message>
        <source>partly online</source>
        <translation>partly online</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · fee %3 đồng · %n working day(s)</source>
        <translation>
            <numerusform>%1 · %2 · fee %3 đồng · %n working day</numerusform>
            <numerusform>%1 · %2 · fee %3 đồng · %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::QueueModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>motcua::ui::QueuePage</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send the queued dossiers to the provincial system (F5)</source>
        <translation>Send the queued dossiers to the provincial system (F5)</translation>
    </message>
    <message>
        <source>Sending to the provincial system…</source>
        <translation>Sending to the provincial system…</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 already on the server, %3 waiting, %4 needing action.</source>
        <translation>Sync finished: %1 sent, %2 already on the server, %3 waiting, %4 needing action.</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation>&amp;Reprint receipt…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Save receipt as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the selected dossier&apos;s receipt again, or save it as PDF (Ctrl+P)</source>
        <translation>Print the selected dossier&apos;s receipt again, or save it as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the selected dossier&apos;s receipt as a PDF file</source>
        <translation>Save the selected dossier&apos;s receipt as a PDF file</translation>
    </message>
    <message>
        <source>This dossier is no longer in the local store. Refresh the queue and try again.</source>
        <translation>This dossier is no longer in the local store. Refresh the queue and try again.</translation>
    </message>
    <message>
        <source>Select a dossier in the queue first.</source>
        <translation>Select a dossier in the queue first.</translation>
    </message>
    <message>
        <source>Sending to the provincial system… %1 of %2</source>
        <translation>Sending to the provincial system… %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) from the provincial system.</source>
        <translation>
            <numerusform>%n progress update from the provincial system.</numerusform>
            <numerusform>%n progress updates from the provincial system.</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure catalogue updated to %1.</source>
        <translation>Procedure catalogue updated to %1.</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Next attempt at %1.</translation>
    </message>
    <message>
        <source>Dossiers in the queue</source>
        <translation>Dossiers in the queue</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen rating(s) sent.</source>
        <translation>
            <numerusform>%n citizen rating sent.</numerusform>
            <numerusform>%n citizen ratings sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::RatingPanel</name>
    <message>
        <source>How satisfied are you with the service today?</source>
        <translation>How satisfied are you with the service today?</translation>
    </message>
    <message>
        <source>Press one of the buttons (or the key 1, 2 or 3), add a comment if you wish, then press Send.</source>
        <translation>Press one of the buttons (or the key 1, 2 or 3), add a comment if you wish, then press Send.</translation>
    </message>
    <message>
        <source>Your &amp;comment (optional):</source>
        <translation>Your &amp;comment (optional):</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Thank you! Your answer helps us serve citizens better.</source>
        <translation>Thank you! Your answer helps us serve citizens better.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Satisfied with the service (key 1)</source>
        <translation>Satisfied with the service (key 1)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied (key 2)</source>
        <translation>Neither satisfied nor dissatisfied (key 2)</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Not satisfied with the service (key 3)</source>
        <translation>Not satisfied with the service (key 3)</translation>
    </message>
    <message>
        <source>Comment on the service (optional)</source>
        <translation>Comment on the service (optional)</translation>
    </message>
    <message>
        <source>Send your rating</source>
        <translation>Send your rating</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReceiptPreview</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportCharts</name>
    <message>
        <source>Online rates by level</source>
        <translation>Online rates by level</translation>
    </message>
    <message>
        <source>Online rates by field</source>
        <translation>Online rates by field</translation>
    </message>
    <message>
        <source>Monthly trend of the online rates</source>
        <translation>Monthly trend of the online rates</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>System online rate</source>
        <translation>System online rate</translation>
    </message>
    <message>
        <source>Monitor-counted rate</source>
        <translation>Monitor-counted rate</translation>
    </message>
    <message numerus="yes">
        <source>Online rates of the %n largest fields</source>
        <translation>
            <numerusform>Online rates of the %n largest field</numerusform>
            <numerusform>Online rates of the %n largest fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportModel</name>
    <message>
        <source>Counted by the national monitor: online with the citizen&apos;s own account</source>
        <translation>Counted by the national monitor: online with the citizen&apos;s own account</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>New online</source>
        <translation>New online</translation>
    </message>
    <message>
        <source>New direct or by post</source>
        <translation>New direct or by post</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>System online rate</source>
        <translation>System online rate</translation>
    </message>
    <message>
        <source>Monitor-counted rate</source>
        <translation>Monitor-counted rate</translation>
    </message>
    <message>
        <source>Online, citizen&apos;s own account</source>
        <translation>Online, citizen&apos;s own account</translation>
    </message>
    <message>
        <source>Assisted online</source>
        <translation>Assisted online</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Accounts activated</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsPage</name>
    <message>
        <source>&amp;Show report</source>
        <translation>&amp;Show report</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <source>Group the report</source>
        <translation>Group the report</translation>
    </message>
    <message>
        <source>Compute the report for the period (Ctrl+Enter)</source>
        <translation>Compute the report for the period (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook (Ctrl+E)</source>
        <translation>Save the report as an Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save the report as CSV (Ctrl+Shift+E)</source>
        <translation>Save the report as CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Report table</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>The period ends before it starts. Correct the dates and try again.</source>
        <translation>The period ends before it starts. Correct the dates and try again.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>Table ready; drawing the charts…</source>
        <translation>Table ready; drawing the charts…</translation>
    </message>
    <message>
        <source>Table ready; drawing the monthly trend…</source>
        <translation>Table ready; drawing the monthly trend…</translation>
    </message>
    <message>
        <source>Report ready (%1 s).</source>
        <translation>Report ready (%1 s).</translation>
    </message>
    <message>
        <source>Export the report as Excel</source>
        <translation>Export the report as Excel</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Export the report as CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Export CS&amp;V…</translation>
    </message>
    <message>
        <source>Citizen satisfaction: no citizen rated a service in this period.</source>
        <translation>Citizen satisfaction: no citizen rated a service in this period.</translation>
    </message>
    <message>
        <source>Citizen satisfaction: %1 satisfied, %2 normal, %3 not satisfied — %4% satisfied of %5 ratings.</source>
        <translation>Citizen satisfaction: %1 satisfied, %2 normal, %3 not satisfied — %4% satisfied of %5 ratings.</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Citizen satisfaction</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SettingsPage</name>
    <message>
        <source>Settings of this desk, kept in %1. Each change saved is recorded in the audit log. motcua reads them when it starts: changes apply once motcua is started again.</source>
        <translation>Settings of this desk, kept in %1. Each change saved is recorded in the audit log. motcua reads them when it starts: changes apply once motcua is started again.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ShortcutsDialog</name>
    <message>
        <source>Next citizen: clear the wizard and both screens</source>
        <translation>Next citizen: clear the wizard and both screens</translation>
    </message>
    <message>
        <source>Scan anywhere</source>
        <translation>Scan anywhere</translation>
    </message>
    <message>
        <source>A chip ID card&apos;s QR code scanned into any field fills the applicant</source>
        <translation>A chip ID card&apos;s QR code scanned into any field fills the applicant</translation>
    </message>
    <message>
        <source>Check the citizen&apos;s account on the public-service portal</source>
        <translation>Check the citizen&apos;s account on the public-service portal</translation>
    </message>
    <message>
        <source>Next step of the wizard (Enter in the procedure search takes the best match)</source>
        <translation>Next step of the wizard (Enter in the procedure search takes the best match)</translation>
    </message>
    <message>
        <source>Previous step of the wizard</source>
        <translation>Previous step of the wizard</translation>
    </message>
    <message>
        <source>Save the dossier and queue it</source>
        <translation>Save the dossier and queue it</translation>
    </message>
    <message>
        <source>Print the receipt (wizard) or reprint the selected one (queue)</source>
        <translation>Print the receipt (wizard) or reprint the selected one (queue)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Show the citizen&apos;s screen</source>
        <translation>Show the citizen&apos;s screen</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Lock the desk</translation>
    </message>
    <message>
        <source>Reports: compute the report</source>
        <translation>Reports: compute the report</translation>
    </message>
    <message>
        <source>Reports: export to Excel / CSV</source>
        <translation>Reports: export to Excel / CSV</translation>
    </message>
    <message>
        <source>High-contrast theme on or off</source>
        <translation>High-contrast theme on or off</translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation>Larger, smaller, normal text</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Go to a page (Intake, Queue, Reports, Day end, Settings) or open a menu</source>
        <translation>Go to a page (Intake, Queue, Reports, Day end, Settings) or open a menu</translation>
    </message>
    <message>
        <source>Day end: compute the day again</source>
        <translation>Day end: compute the day again</translation>
    </message>
    <message>
        <source>Day end: save as PDF</source>
        <translation>Day end: save as PDF</translation>
    </message>
    <message>
        <source>Settings (administrators)</source>
        <translation>Settings (administrators)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SignInDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Provincial system: %1</source>
        <translation>Provincial system: %1</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>motcua_cli</name>
    <message>
        <source>Local store folder.</source>
        <translation>Local store folder.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Language: vi or en.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli [--data-dir DIR] [--lang vi|en] COMMAND …
Commands:
  calendar due --from YYYY-MM-DDTHH:MM --days N | calendar holidays YEAR
  calendar install FILE | calendar installed
  catalog search QUERY | catalog import FILE | catalog info
  cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female]
  cccd parse-qr STRING
  dossier add --procedure CODE --name NAME --cccd NUMBER --phone PHONE
      [--paper CODE=original|copy|scan:FILE]… [--exempt GROUND]… [--awaiting-citizen]
  dossier receipt --code CODE --output FILE.pdf
  dossier show --code CODE
  fees install FILE
  import-dossiers FILE.jsonl
  queue list
  report --from YYYY-MM-DD --to YYYY-MM-DD [--by level|unit|field|procedure]
      [--format csv|xlsx] [--output FILE]
  sync [--server URL] [--user USER] [--force]
  units import FILE.csv | units list [--on YYYY-MM-DD]
  units set CODE --name NAME --level LEVEL [--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
</source>
        <translation>Usage: motcua-cli [--data-dir DIR] [--lang vi|en] COMMAND …
Commands:
  calendar due --from YYYY-MM-DDTHH:MM --days N | calendar holidays YEAR
  calendar install FILE | calendar installed
  catalog search QUERY | catalog import FILE | catalog info
  cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female]
  cccd parse-qr STRING
  dossier add --procedure CODE --name NAME --cccd NUMBER --phone PHONE
      [--paper CODE=original|copy|scan:FILE]… [--exempt GROUND]… [--awaiting-citizen]
  dossier receipt --code CODE --output FILE.pdf
  dossier show --code CODE
  fees install FILE
  import-dossiers FILE.jsonl
  queue list
  report --from YYYY-MM-DD --to YYYY-MM-DD [--by level|unit|field|procedure]
      [--format csv|xlsx] [--output FILE]
  sync [--server URL] [--user USER] [--force]
  units import FILE.csv | units list [--on YYYY-MM-DD]
  units set CODE --name NAME --level LEVEL [--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
</translation>
    </message>
    <message>
        <source>audit | backup | calendar | catalog | cccd | dossier | fees | import-dossiers | keys | queue | report | sync | units</source>
        <translation>audit | backup | calendar | catalog | cccd | dossier | fees | import-dossiers | keys | queue | report | sync | units</translation>
    </message>
</context>
<context>
    <name>motcua_main</name>
    <message>
        <source>One-stop counter desk for assisted online submission.</source>
        <translation>One-stop counter desk for assisted online submission.</translation>
    </message>
    <message>
        <source>Local store folder.</source>
        <translation>Local store folder.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Language: vi or en.</translation>
    </message>
    <message>
        <source>Provincial system URL (saved for this desk).</source>
        <translation>Provincial system URL (saved for this desk).</translation>
    </message>
    <message>
        <source>Provincial system address</source>
        <translation>Provincial system address</translation>
    </message>
    <message>
        <source>Use the high-contrast theme on this desk (saved; View menu).</source>
        <translation>Use the high-contrast theme on this desk (saved; View menu).</translation>
    </message>
</context>
</TS>
