<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>Entry %1: edited. Its content is not what this desk signed.</source>
        <translation>Bản ghi %1: đã bị sửa. Nội dung không khớp với nội dung quầy này đã ký.</translation>
    </message>
    <message>
        <source>Entry %1: bad signature. The entry is in its place in the chain but its signature is not this desk&apos;s.</source>
        <translation>Bản ghi %1: chữ ký không hợp lệ. Bản ghi nằm đúng vị trí trong chuỗi nhưng chữ ký không phải của quầy này.</translation>
    </message>
    <message>
        <source>Entry %1: deleted. Entries were removed here and the ones after them renumbered.</source>
        <translation>Bản ghi %1: đã bị xóa. Một số bản ghi tại vị trí này đã bị xóa và các bản ghi sau đó bị đánh số lại.</translation>
    </message>
    <message>
        <source>Entry %1: deleted.</source>
        <translation>Bản ghi %1: đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry %1: deleted, with the %2 entries up to entry %3.</source>
        <translation>Bản ghi %1: đã bị xóa, cùng %2 bản ghi tiếp theo đến bản ghi %3.</translation>
    </message>
    <message>
        <source>Entry %1: inserted. This desk did not write it.</source>
        <translation>Bản ghi %1: bị chèn thêm. Bản ghi này không do quầy này ghi.</translation>
    </message>
    <message>
        <source>Entry %1: reordered. The entry that belongs here is at %2.</source>
        <translation>Bản ghi %1: bị đổi thứ tự. Bản ghi đúng của vị trí này đang nằm ở vị trí %2.</translation>
    </message>
    <message>
        <source>Entry %1: reordered. It belongs elsewhere in the chain.</source>
        <translation>Bản ghi %1: bị đổi thứ tự. Bản ghi này thuộc một vị trí khác trong chuỗi.</translation>
    </message>
    <message>
        <source>Entry %1: truncated. The last %2 entries were removed (the signed head names entry %3).</source>
        <translation>Bản ghi %1: nhật ký bị cắt bớt. %2 bản ghi cuối đã bị xóa (điểm cuối đã ký của nhật ký ghi nhận bản ghi %3).</translation>
    </message>
    <message>
        <source>Entry %1: bad head. The signed end of the log is missing, not this desk&apos;s or older than the log, so entries removed from the end cannot be ruled out.</source>
        <translation>Bản ghi %1: điểm cuối không hợp lệ. Điểm cuối đã ký của nhật ký bị thiếu, không phải của quầy này hoặc cũ hơn nhật ký, nên không loại trừ được khả năng các bản ghi cuối đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry %1: emptied. The log is empty although the store holds dossiers received since it began.</source>
        <translation>Bản ghi %1: nhật ký bị xóa trắng. Nhật ký trống trong khi kho dữ liệu vẫn có hồ sơ được tiếp nhận từ khi nhật ký bắt đầu.</translation>
    </message>
    <message>
        <source>Entry %1: bad signature. Neither it nor the end of the log is signed with this key: check that it is this store&apos;s public key.</source>
        <translation>Bản ghi %1: chữ ký không hợp lệ. Cả bản ghi này lẫn điểm cuối của nhật ký đều không được ký bằng khóa này: hãy kiểm tra đó có đúng là khóa công khai của kho dữ liệu này không.</translation>
    </message>
</context>
<context>
    <name>AdminFile</name>
    <message>
        <source>The file could not be installed as %1 (%2). The file in use was not changed. Check the desk&apos;s data folder and its free space.</source>
        <translation>Không cài được tệp thành %1 (%2). Tệp đang dùng không bị thay đổi. Hãy kiểm tra thư mục dữ liệu của quầy và dung lượng còn trống.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Không đọc được tệp %1 (%2).</translation>
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
        <translation>mã đơn vị đang trống; hãy ghi mã thống kê của đơn vị.</translation>
    </message>
    <message>
        <source>the code “%1” contains spaces; write it without them.</source>
        <translation>mã “%1” có dấu cách; hãy ghi liền, không có dấu cách.</translation>
    </message>
    <message>
        <source>the name is empty; write the unit&apos;s name.</source>
        <translation>tên đơn vị đang trống; hãy ghi tên đơn vị.</translation>
    </message>
    <message>
        <source>the level must be 1 (province), 2 (district) or 3 (commune).</source>
        <translation>cấp phải là 1 (tỉnh), 2 (huyện) hoặc 3 (xã).</translation>
    </message>
    <message>
        <source>a province has no parent unit; leave parent_code empty.</source>
        <translation>đơn vị cấp tỉnh không có đơn vị cấp trên; hãy để trống parent_code.</translation>
    </message>
    <message>
        <source>a district or commune belongs to a unit above it; write that unit&apos;s code in parent_code.</source>
        <translation>đơn vị cấp huyện hoặc cấp xã phải thuộc một đơn vị cấp trên; hãy ghi mã đơn vị đó vào parent_code.</translation>
    </message>
    <message>
        <source>the version ends on %1, before it starts on %2; correct one of the dates.</source>
        <translation>phiên bản kết thúc ngày %1, trước ngày bắt đầu %2; hãy sửa một trong hai ngày.</translation>
    </message>
    <message>
        <source>this version of %1 (%2) overlaps its version %3; a unit has one version per period, so correct the dates.</source>
        <translation>phiên bản này của %1 (%2) trùng thời gian với phiên bản %3; mỗi thời kỳ một đơn vị chỉ có một phiên bản, hãy sửa lại ngày.</translation>
    </message>
    <message>
        <source>the parent unit %1 is not on the list; add it, or correct parent_code.</source>
        <translation>đơn vị cấp trên %1 không có trong danh sách; hãy thêm đơn vị đó, hoặc sửa parent_code.</translation>
    </message>
    <message>
        <source>the parent unit %1 is not valid on %2, the first day of this version; correct parent_code or the dates.</source>
        <translation>đơn vị cấp trên %1 không còn hiệu lực vào ngày %2, ngày đầu của phiên bản này; hãy sửa parent_code hoặc các ngày.</translation>
    </message>
    <message>
        <source>the parent unit %1 has level %2 on %3; a parent must have a higher level (a smaller number) than this unit&apos;s %4.</source>
        <translation>đơn vị cấp trên %1 có cấp %2 vào ngày %3; đơn vị cấp trên phải có cấp cao hơn (số nhỏ hơn) cấp %4 của đơn vị này.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read (%2). Check that it is still there and try again.</source>
        <translation>Không đọc được tệp %1 (%2). Hãy kiểm tra xem tệp có còn ở đó không rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Try again.</source>
        <translation>Không đọc được tệp %1. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The scan could not be saved on this desk (is the disk full?). Nothing was attached. Free some space and attach it again.</source>
        <translation>Không lưu được bản quét trên máy của quầy này (có thể ổ đĩa đã đầy). Chưa có gì được đính kèm. Hãy giải phóng bớt dung lượng rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>The desk is locked: its scans cannot be read or stored until it is unlocked. Restart motcua; if this persists, call the IT officer.</source>
        <translation>Quầy đang bị khóa: không thể đọc hoặc lưu bản quét cho đến khi mở khóa. Hãy khởi động lại motcua; nếu vẫn bị, hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>A scan is missing from the desk&apos;s attachment folder. Attach it again or restore the desk from a backup.</source>
        <translation>Thiếu một bản quét trong thư mục tệp đính kèm của quầy. Hãy đính kèm lại, hoặc khôi phục quầy từ bản sao lưu.</translation>
    </message>
    <message>
        <source>A scan cannot be read (%1). Check the desk&apos;s data folder and try again.</source>
        <translation>Không đọc được một bản quét (%1). Hãy kiểm tra thư mục dữ liệu của quầy rồi thử lại.</translation>
    </message>
    <message>
        <source>A scan cannot be read. Try again.</source>
        <translation>Không đọc được một bản quét. Hãy thử lại.</translation>
    </message>
    <message>
        <source>A stored scan is damaged: it was changed outside motcua or belongs to another desk. Attach the paper again, or restore the desk from a backup.</source>
        <translation>Một bản quét đã lưu bị hỏng: tệp đã bị sửa ngoài motcua hoặc thuộc về quầy khác. Hãy quét và đính kèm lại giấy tờ, hoặc khôi phục quầy từ bản sao lưu.</translation>
    </message>
    <message>
        <source>A scan could not be protected on this desk (is the disk full?). Free some space and start motcua again.</source>
        <translation>Không bảo vệ (mã hóa) được bản quét trên máy của quầy này (có thể ổ đĩa đã đầy). Hãy giải phóng dung lượng rồi khởi động lại motcua.</translation>
    </message>
    <message>
        <source>A scan cannot be read (%1). Check the desk&apos;s data folder and start motcua again.</source>
        <translation>Không đọc được một bản quét (%1). Hãy kiểm tra thư mục dữ liệu của quầy rồi khởi động lại motcua.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>--public-key must be the desk&apos;s public key in base64, as printed by “motcua-cli audit public-key”.</source>
        <translation>--public-key phải là khóa công khai của quầy dạng base64, đúng như lệnh “motcua-cli audit public-key” in ra.</translation>
    </message>
    <message>
        <source>OK: the audit log is empty.</source>
        <translation>OK: nhật ký kiểm toán trống.</translation>
    </message>
    <message>
        <source>OK: %1 entries, last at %2.</source>
        <translation>OK: %1 bản ghi, bản ghi cuối lúc %2.</translation>
    </message>
    <message>
        <source>--from and --to must be dates written YYYY-MM-DD.</source>
        <translation>--from và --to phải là ngày viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The desk&apos;s tamper-evident audit log.
verify: checks every entry&apos;s hash, chain and signature and the signed end of the log; prints “OK: …” and exits with 0, or names the first bad entry and exits with 1.
list: prints the entries, one a line: SEQ, TIME, ACTOR, KIND, SUBJECT, DETAIL separated by tabs.
public-key: prints the desk&apos;s public key, for the IT officer to keep and give to verify --public-key on another computer.</source>
        <translation>Nhật ký kiểm toán của quầy, có khả năng phát hiện sửa đổi.
verify: kiểm tra mã băm, liên kết chuỗi và chữ ký của mọi bản ghi cùng điểm cuối đã ký của nhật ký; in “OK: …” và thoát với mã 0, hoặc nêu bản ghi lỗi đầu tiên và thoát với mã 1.
list: in các bản ghi, mỗi dòng một bản ghi: SEQ (số thứ tự), TIME (thời gian), ACTOR (người thực hiện), KIND (loại), SUBJECT (đối tượng), DETAIL (chi tiết), cách nhau bằng dấu tab.
public-key: in khóa công khai của quầy để cán bộ CNTT lưu giữ và dùng cho verify --public-key trên máy tính khác.</translation>
    </message>
    <message>
        <source>verify | list | public-key</source>
        <translation>verify | list | public-key</translation>
    </message>
    <message>
        <source>Check against this public key (base64) instead of the key in this computer&apos;s keyring.</source>
        <translation>Kiểm tra bằng khóa công khai này (base64) thay cho khóa trong kho khóa (keyring) của máy.</translation>
    </message>
    <message>
        <source>First day listed.</source>
        <translation>Ngày đầu cần liệt kê.</translation>
    </message>
    <message>
        <source>Last day listed.</source>
        <translation>Ngày cuối cần liệt kê.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli audit verify [--public-key BASE64] | audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | audit public-key (see --help).</source>
        <translation>Cách dùng: motcua-cli audit verify [--public-key BASE64] | audit list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | audit public-key (xem --help).</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit log cannot be signed: the cryptography library did not start. Call your IT officer.</source>
        <translation>Không ký được nhật ký kiểm toán: thư viện mật mã không khởi động được. Hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The desk&apos;s audit key is damaged. Call your IT officer.</source>
        <translation>Khóa ký nhật ký kiểm toán của quầy bị hỏng. Hãy gọi cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>The public key must be the desk&apos;s 32-byte key, as printed by “motcua-cli audit public-key”.</source>
        <translation>Khóa công khai phải là khóa 32 byte của quầy, đúng như lệnh “motcua-cli audit public-key” in ra.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The store could not be copied: the desk&apos;s disk is full. Free some space and try again.</source>
        <translation>Không sao chép được kho dữ liệu: ổ đĩa của máy quầy đã đầy. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The store could not be copied for the backup. Try again; if it fails again, call the IT officer.</source>
        <translation>Không sao chép được kho dữ liệu để sao lưu. Hãy thử lại; nếu vẫn lỗi, hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the disk is full. Nothing was written. Choose another disk or free some space.</source>
        <translation>Không ghi được bản sao lưu vào %1: ổ đĩa đã đầy. Chưa có gì được ghi. Hãy chọn ổ đĩa khác hoặc giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the folder does not exist or you may not write there. Nothing was written. Choose another folder.</source>
        <translation>Không ghi được bản sao lưu vào %1: thư mục không tồn tại hoặc không có quyền ghi vào đó. Chưa có gì được ghi. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was written. Check the disk and try again.</source>
        <translation>Không ghi được bản sao lưu vào %1 (%2). Chưa có gì được ghi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The store could not be copied for the backup: the desk&apos;s data folder cannot be written (%1). Free some space and try again.</source>
        <translation>Không sao chép được kho dữ liệu để sao lưu: không ghi được vào thư mục dữ liệu của quầy (%1). Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>A file of the desk could not be read for the backup. Nothing was written. Check the desk&apos;s data folder and try again.</source>
        <translation>Không đọc được một tệp của quầy để sao lưu. Chưa có gì được ghi. Hãy kiểm tra thư mục dữ liệu của quầy rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The keys of the store %1 are not in this computer&apos;s keyring. Put them back first from the desk&apos;s recovery code (motcua-cli keys restore --store-id %1), then try again. Nothing was changed.</source>
        <translation>Khóa của kho dữ liệu %1 không có trong kho khóa (keyring) của máy. Hãy khôi phục khóa từ mã khôi phục của quầy trước (motcua-cli keys restore --store-id %1), rồi thử lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring is not the key this store was protected with. Nothing was changed. Put the right key back from the desk&apos;s recovery code (motcua-cli keys restore).</source>
        <translation>Khóa trong kho khóa (keyring) của máy không phải khóa đã dùng để bảo vệ kho dữ liệu này. Chưa có gì bị thay đổi. Hãy khôi phục đúng khóa từ mã khôi phục của quầy (motcua-cli keys restore).</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: the store and %n scan(s), %2 bytes.</source>
        <translation>
            <numerusform>Đã ghi bản sao lưu vào %1: kho dữ liệu và %n bản quét, %2 byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is encrypted with this desk&apos;s key: it can be restored here, or on another computer with the desk&apos;s recovery code (motcua-cli keys recovery-code).</source>
        <translation>Bản sao lưu được mã hóa bằng khóa của quầy này: có thể khôi phục tại đây, hoặc trên máy tính khác bằng mã khôi phục của quầy (motcua-cli keys recovery-code).</translation>
    </message>
    <message>
        <source>This backup is of another store (%1) than the one on this desk (%2). Nothing was changed. To replace this desk&apos;s store with it anyway, add --replace-other-store; the store in use is kept aside.</source>
        <translation>Bản sao lưu này thuộc kho dữ liệu khác (%1), không phải kho của quầy này (%2). Chưa có gì bị thay đổi. Nếu vẫn muốn dùng bản sao lưu này thay cho kho dữ liệu của quầy, hãy thêm --replace-other-store; kho đang dùng sẽ được giữ lại riêng.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup of %1 with %n scan(s).</source>
        <translation>
            <numerusform>Đã khôi phục bản sao lưu của %1 cùng %n bản quét.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store in use before was kept as %1.</source>
        <translation>Kho dữ liệu dùng trước đó được giữ lại tại %1.</translation>
    </message>
    <message>
        <source>Its scans were kept in %1.</source>
        <translation>Các bản quét của kho đó được giữ lại trong %1.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the desk&apos;s store and scans, or put one back.</source>
        <translation>Ghi bản sao lưu đã mã hóa gồm kho dữ liệu và các bản quét của quầy, hoặc khôi phục từ một bản sao lưu.</translation>
    </message>
    <message>
        <source>create | restore</source>
        <translation>create | restore</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Tệp sao lưu.</translation>
    </message>
    <message>
        <source>Restore even though the backup is of another store than the one on this desk.</source>
        <translation>Vẫn khôi phục dù bản sao lưu thuộc kho dữ liệu khác với kho của quầy này.</translation>
    </message>
</context>
<context>
    <name>BackupHeader</name>
    <message>
        <source>This file is not a motcua backup. Choose the file written by &quot;motcua-cli backup create&quot;. Nothing was changed.</source>
        <translation>Tệp này không phải bản sao lưu của motcua. Hãy chọn tệp do lệnh &quot;motcua-cli backup create&quot; ghi ra. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This backup was written by another version of motcua (format %1). Restore it with that version or a newer one. Nothing was changed.</source>
        <translation>Bản sao lưu này do một phiên bản motcua khác ghi ra (định dạng %1). Hãy khôi phục bằng phiên bản đó hoặc phiên bản mới hơn. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (%2). Check the name and that you may read it.</source>
        <translation>Không đọc được bản sao lưu %1 (%2). Hãy kiểm tra tên tệp và quyền đọc tệp.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup could not be unpacked on this desk (is the disk full?). Nothing was changed. Free some space and try again.</source>
        <translation>Không giải nén được bản sao lưu trên máy của quầy này (có thể ổ đĩa đã đầy). Chưa có gì bị thay đổi. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The backup holds something this version of motcua does not know. Nothing was changed.</source>
        <translation>Bản sao lưu có nội dung mà phiên bản motcua này không nhận biết được. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (%2). Check the name and that you may read it.</source>
        <translation>Không đọc được bản sao lưu %1 (%2). Hãy kiểm tra tên tệp và quyền đọc tệp.</translation>
    </message>
    <message>
        <source>The store inside the backup is damaged or is not the store the backup names. Nothing was changed. Use another copy of the backup.</source>
        <translation>Kho dữ liệu trong bản sao lưu bị hỏng hoặc không phải kho mà bản sao lưu ghi tên. Chưa có gì bị thay đổi. Hãy dùng một bản sao khác của bản sao lưu.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of motcua. Install that version first, then restore. Nothing was changed.</source>
        <translation>Bản sao lưu này được tạo bằng phiên bản motcua mới hơn. Hãy cài phiên bản đó trước rồi mới khôi phục. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>motcua is syncing this desk right now. Close motcua on this desk, wait for the sync to end, and restore again. Nothing was changed.</source>
        <translation>motcua đang đồng bộ quầy này. Hãy đóng motcua trên quầy này, đợi đồng bộ xong rồi khôi phục lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The restored store could not be put in place; the store in use was put back. Check that no other program uses the desk&apos;s data folder and try again.</source>
        <translation>Không đưa được kho dữ liệu đã khôi phục vào sử dụng; kho đang dùng đã được trả lại như cũ. Hãy kiểm tra để không có chương trình nào khác đang dùng thư mục dữ liệu của quầy rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>The files %1 and %2 are both for the year %3. Give one file per year.</source>
        <translation>Hai tệp %1 và %2 cùng dành cho năm %3. Mỗi năm chỉ cung cấp một tệp.</translation>
    </message>
    <message>
        <source>--from must be a reception time written YYYY-MM-DDTHH:MM, e.g. 2026-02-10T09:30.</source>
        <translation>--from phải là thời điểm tiếp nhận viết theo dạng YYYY-MM-DDTHH:MM, ví dụ: 2026-02-10T09:30.</translation>
    </message>
    <message>
        <source>--from must be a date from %1 to %2.</source>
        <translation>--from phải là một ngày trong khoảng từ năm %1 đến năm %2.</translation>
    </message>
    <message>
        <source>--days must be a whole number of working days from 0 to %1.</source>
        <translation>--days phải là số nguyên (số ngày làm việc) từ 0 đến %1.</translation>
    </message>
    <message>
        <source>YEAR must be a year from %1 to %2.</source>
        <translation>NĂM phải là một năm từ %1 đến %2.</translation>
    </message>
    <message>
        <source>DATE must be a date from %1 to %2 written YYYY-MM-DD.</source>
        <translation>Ngày cần chuyển đổi phải là một ngày từ năm %1 đến năm %2, viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1/%2 (leap month)/%3</source>
        <translation>%1/%2 (nhuận)/%3</translation>
    </message>
    <message>
        <source>%1/%2/%3</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <source>Reception time, in Vietnam&apos;s time.</source>
        <translation>Thời điểm tiếp nhận, theo giờ Việt Nam.</translation>
    </message>
    <message>
        <source>Processing time in working days.</source>
        <translation>Thời hạn giải quyết, tính bằng ngày làm việc.</translation>
    </message>
    <message>
        <source>Official days off of one year (repeatable).</source>
        <translation>Danh sách ngày nghỉ chính thức của một năm (có thể dùng nhiều lần).</translation>
    </message>
    <message>
        <source>Count a dossier received after the morning session from the next working day.</source>
        <translation>Hồ sơ tiếp nhận sau buổi sáng được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Warning: the installed calendar %1 cannot be used; the computed holidays apply for its year. %2</source>
        <translation>Cảnh báo: không dùng được lịch nghỉ đã cài %1; năm đó áp dụng các ngày nghỉ lễ tính theo quy định. %2</translation>
    </message>
    <message>
        <source>Installed the official calendar of %1 as %2 (days off: %3; weekend working days: %4). New dossiers use it for their due dates.</source>
        <translation>Đã cài lịch nghỉ chính thức năm %1 thành %2 (ngày nghỉ: %3; ngày làm bù cuối tuần: %4). Hồ sơ mới dùng lịch này để tính ngày hẹn trả.</translation>
    </message>
    <message>
        <source>Working days, public holidays and due dates (Vietnam, UTC+7).
due --from YYYY-MM-DDTHH:MM --days N: prints the due date and time, e.g. 2026-02-25T17:00 (closing time of the N-th working day after the reception day; 0 = the reception day). A dossier received after closing time or on a day off counts from the next working day.
holidays YEAR: prints each day off of the year besides ordinary weekends, as the date, a tab and its name.
lunar YYYY-MM-DD: prints the lunar date (day/month/year).
install FILE: checks the official list of a year&apos;s days off and installs it for this desk&apos;s intake (a refused file changes nothing).
installed: prints each installed list as its year, the number of days off, the number of weekend working days, the file name and its note.
due and holidays use the installed lists, and for other years the defaults computed from the Labour Code; --overrides FILE replaces the list of its year for this command only (docs/calendar.md).</source>
        <translation>Ngày làm việc, ngày nghỉ lễ và ngày hẹn trả (Việt Nam, UTC+7).
due --from YYYY-MM-DDTHH:MM --days N: in ngày giờ hẹn trả, ví dụ 2026-02-25T17:00 (giờ kết thúc làm việc của ngày làm việc thứ N sau ngày tiếp nhận; 0 = ngày tiếp nhận). Hồ sơ nhận sau giờ làm việc hoặc vào ngày nghỉ được tính từ ngày làm việc tiếp theo.
holidays NĂM: in từng ngày nghỉ trong năm ngoài thứ Bảy, Chủ nhật: ngày, một dấu tab và tên ngày nghỉ.
lunar YYYY-MM-DD: in ngày âm lịch (ngày/tháng/năm).
install TỆP: kiểm tra danh sách ngày nghỉ chính thức của một năm và cài cho việc tiếp nhận tại quầy này (tệp bị từ chối không làm thay đổi gì).
installed: in từng danh sách đã cài: năm, số ngày nghỉ, số ngày làm bù cuối tuần, tên tệp và ghi chú.
due và holidays dùng các danh sách đã cài, các năm khác dùng ngày nghỉ tính theo Bộ luật Lao động; --overrides TỆP thay danh sách của năm đó chỉ cho lệnh này (docs/calendar.md).</translation>
    </message>
    <message>
        <source>due | holidays YEAR | lunar YYYY-MM-DD | install FILE | installed</source>
        <translation>due | holidays NĂM | lunar YYYY-MM-DD | install TỆP | installed</translation>
    </message>
    <message>
        <source>Usage: motcua-cli calendar due --from YYYY-MM-DDTHH:MM --days N [--overrides FILE]… | motcua-cli calendar holidays YEAR [--overrides FILE]… | motcua-cli calendar lunar YYYY-MM-DD | motcua-cli calendar install FILE | motcua-cli calendar installed (see --help).</source>
        <translation>Cách dùng: motcua-cli calendar due --from YYYY-MM-DDTHH:MM --days N [--overrides TỆP]… | motcua-cli calendar holidays NĂM [--overrides TỆP]… | motcua-cli calendar lunar YYYY-MM-DD | motcua-cli calendar install TỆP | motcua-cli calendar installed (xem --help).</translation>
    </message>
</context>
<context>
    <name>CalendarInstall</name>
    <message>
        <source>The file %1 changed while it was being installed. Install it again.</source>
        <translation>Tệp %1 đã bị thay đổi trong khi cài. Hãy cài lại.</translation>
    </message>
    <message>
        <source>%1 in %2 is also a calendar of %3 and would be used instead. Remove it, then install again.</source>
        <translation>%1 trong %2 cũng là lịch nghỉ của năm %3 và sẽ được dùng thay. Hãy xóa tệp đó rồi cài lại.</translation>
    </message>
</context>
<context>
    <name>CalendarOverrides</name>
    <message>
        <source>The calendar file %1 was refused (line %2: %3). The calendar in use was not changed. Correct the file and load it again.</source>
        <translation>Tệp lịch làm việc %1 không được chấp nhận (dòng %2: %3). Lịch làm việc đang dùng không bị thay đổi. Hãy sửa tệp rồi nạp lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; không phải là ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not in the year %2</source>
        <translation>%1 không thuộc năm %2</translation>
    </message>
    <message>
        <source>the file is not a motcua calendar (&quot;format&quot; is not &quot;motcua.calendar&quot;)</source>
        <translation>tệp không phải là lịch làm việc của motcua (&quot;format&quot; không phải là &quot;motcua.calendar&quot;)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>trường không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be a whole number</source>
        <translation>&quot;format_version&quot; phải là số nguyên</translation>
    </message>
    <message>
        <source>calendar format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>định dạng lịch làm việc %1 mới hơn định dạng mà phiên bản motcua này hỗ trợ (%2); hãy cập nhật motcua</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year from %1 to %2</source>
        <translation>&quot;year&quot; phải là một năm từ %1 đến %2</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be a text</source>
        <translation>&quot;note&quot; phải là văn bản</translation>
    </message>
    <message>
        <source>&quot;days_off&quot; must be a list of at least one date</source>
        <translation>&quot;days_off&quot; phải là danh sách có ít nhất một ngày</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in a day off</source>
        <translation>trường không xác định &quot;%1&quot; trong một ngày nghỉ</translation>
    </message>
    <message>
        <source>the &quot;name&quot; of a day off must be a non-empty text</source>
        <translation>&quot;name&quot; của ngày nghỉ phải là văn bản không để trống</translation>
    </message>
    <message>
        <source>a day off must be a date &quot;YYYY-MM-DD&quot; or {&quot;date&quot;: …, &quot;name&quot;: …}</source>
        <translation>ngày nghỉ phải là ngày dạng &quot;YYYY-MM-DD&quot; hoặc {&quot;date&quot;: …, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>the day off %1 is listed twice</source>
        <translation>ngày nghỉ %1 được liệt kê hai lần</translation>
    </message>
    <message>
        <source>&quot;working_days&quot; must be a list of dates</source>
        <translation>&quot;working_days&quot; phải là danh sách các ngày</translation>
    </message>
    <message>
        <source>a working day must be a date written &quot;YYYY-MM-DD&quot;</source>
        <translation>ngày làm việc bù phải là ngày viết theo dạng &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or a Sunday: list only weekend days worked</source>
        <translation>%1 không phải là thứ Bảy hoặc Chủ nhật: chỉ liệt kê các ngày cuối tuần phải làm việc bù</translation>
    </message>
    <message>
        <source>the working day %1 is listed twice</source>
        <translation>ngày làm việc bù %1 được liệt kê hai lần</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day</source>
        <translation>%1 vừa được liệt kê là ngày nghỉ vừa là ngày làm việc bù</translation>
    </message>
    <message>
        <source>The calendar file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>Không đọc được tệp lịch làm việc %1 (%2). Hãy kiểm tra lại đường dẫn rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a calendar file. Check that you chose the right file.</source>
        <translation>Tệp %1 quá lớn, không thể là tệp lịch làm việc. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Search or replace the procedure catalogue.</source>
        <translation>Tra cứu hoặc thay thế danh mục thủ tục.</translation>
    </message>
    <message>
        <source>search QUERY | import FILE | info</source>
        <translation>search TỪ_KHÓA | import TỆP | info</translation>
    </message>
    <message>
        <source>Show at most N matches.</source>
        <translation>Hiển thị tối đa N kết quả.</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue loaded: %n procedure(s).</source>
        <translation>
            <numerusform>Đã nạp danh mục: %n thủ tục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue version: %1</source>
        <translation>Phiên bản danh mục: %1</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>The catalogue %1 was refused (line %2: %3). The catalogue in use was not changed. Correct the file and import it again.</source>
        <translation>Danh mục %1 không được chấp nhận (dòng %2: %3). Danh mục đang dùng không bị thay đổi. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>Không đọc được tệp danh mục %1 (%2). Hãy kiểm tra lại đường dẫn rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a catalogue. Check that you chose the right file.</source>
        <translation>Tệp %1 quá lớn, không thể là tệp danh mục. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>the file is not a motcua catalogue (&quot;format&quot; is not &quot;motcua.catalog&quot;)</source>
        <translation>tệp không phải là danh mục của motcua (&quot;format&quot; không phải là &quot;motcua.catalog&quot;)</translation>
    </message>
    <message>
        <source>catalogue format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>định dạng danh mục %1 mới hơn định dạng mà phiên bản motcua này hỗ trợ (%2); hãy cập nhật motcua</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>lĩnh vực %1</translation>
    </message>
    <message>
        <source>the field code &quot;%1&quot; appears twice</source>
        <translation>mã lĩnh vực &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the catalogue holds no procedure</source>
        <translation>danh mục không có thủ tục nào</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <source>procedure %1 (%2)</source>
        <translation>thủ tục %1 (%2)</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use province, district or commune)</source>
        <translation>cấp &quot;%1&quot; không hợp lệ (dùng province – tỉnh, district – huyện hoặc commune – xã)</translation>
    </message>
    <message>
        <source>&quot;online_level&quot; must be &quot;full&quot; or &quot;partial&quot;</source>
        <translation>&quot;online_level&quot; phải là &quot;full&quot; hoặc &quot;partial&quot;</translation>
    </message>
    <message>
        <source>%1, paper %2</source>
        <translation>%1, giấy tờ %2</translation>
    </message>
    <message>
        <source>the paper code &quot;%1&quot; appears twice</source>
        <translation>mã giấy tờ &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>&quot;levels&quot; is empty</source>
        <translation>&quot;levels&quot; đang để trống</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not listed in &quot;fields&quot;</source>
        <translation>lĩnh vực &quot;%1&quot; không có trong &quot;fields&quot;</translation>
    </message>
    <message>
        <source>the procedure code appears twice</source>
        <translation>mã thủ tục xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>thiếu trường &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a non-empty text</source>
        <translation>trường &quot;%1&quot; phải là văn bản không để trống</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at least %2</source>
        <translation>trường &quot;%1&quot; phải là số nguyên không nhỏ hơn %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>trường &quot;%1&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list</source>
        <translation>trường &quot;%1&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>&quot;processing_days_online&quot; must not be longer than &quot;processing_days&quot;</source>
        <translation>&quot;processing_days_online&quot; không được dài hơn &quot;processing_days&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of at most %2</source>
        <translation>trường &quot;%1&quot; phải là số nguyên không lớn hơn %2</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>The provincial system did not send the procedure catalogue (HTTP %1). The catalogue in use is kept.</source>
        <translation>Hệ thống của tỉnh không gửi danh mục thủ tục (HTTP %1). Vẫn dùng danh mục hiện có.</translation>
    </message>
    <message>
        <source>the catalogue of the provincial system</source>
        <translation>danh mục của hệ thống tỉnh</translation>
    </message>
    <message>
        <source>The provincial system published a procedure catalogue motcua cannot use (%1). The catalogue in use is kept; tell your IT officer.</source>
        <translation>Hệ thống của tỉnh công bố danh mục thủ tục mà motcua không dùng được (%1). Vẫn dùng danh mục hiện có; hãy báo cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>Cccd</name>
    <message>
        <source>Enter the citizen&apos;s 12-digit ID number.</source>
        <translation>Nhập số định danh cá nhân (CCCD) 12 chữ số của công dân.</translation>
    </message>
    <message>
        <source>The ID number may contain digits only. Check the number on the card.</source>
        <translation>Số định danh chỉ được gồm các chữ số. Hãy kiểm tra lại số trên thẻ.</translation>
    </message>
    <message>
        <source>This is an old 9-digit ID number. Enter the 12-digit personal ID number; the old number can be kept as an old identifier.</source>
        <translation>Đây là số CMND cũ 9 chữ số. Hãy nhập số định danh cá nhân 12 chữ số; số cũ có thể được lưu vào ô số CMND cũ.</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n digit(s); a personal ID number has 12. Check the number on the card.</source>
        <translation>
            <numerusform>Số đã nhập có %n chữ số; số định danh cá nhân phải có 12 chữ số. Hãy kiểm tra lại số trên thẻ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first three digits (%1) are not a province code. Check the number on the card.</source>
        <translation>Ba chữ số đầu (%1) không phải là mã tỉnh, thành phố. Hãy kiểm tra lại số trên thẻ.</translation>
    </message>
    <message>
        <source>The fourth digit gives a birth year of %1, which is in the future. Check the number on the card.</source>
        <translation>Theo chữ số thứ tư, năm sinh là %1 — năm này chưa tới. Hãy kiểm tra lại số trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number belongs to someone born in %1, but the date of birth is in %2. Check both.</source>
        <translation>Số định danh là của người sinh năm %1, nhưng ngày sinh đã nhập thuộc năm %2. Hãy kiểm tra lại cả hai.</translation>
    </message>
    <message>
        <source>The ID number does not match the citizen&apos;s sex. Check the number and the sex.</source>
        <translation>Số định danh không khớp với giới tính của công dân. Hãy kiểm tra lại số định danh và giới tính.</translation>
    </message>
</context>
<context>
    <name>CccdCommand</name>
    <message>
        <source>--dob must be a date written YYYY-MM-DD, e.g. 1995-03-15.</source>
        <translation>--dob phải là ngày viết theo dạng YYYY-MM-DD, ví dụ: 1995-03-15.</translation>
    </message>
    <message>
        <source>The date of birth given with --dob is in the future.</source>
        <translation>Ngày sinh nhập bằng --dob là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>--sex must be male or female.</source>
        <translation>--sex phải là male hoặc female.</translation>
    </message>
    <message>
        <source>Cannot read the scan from standard input.</source>
        <translation>Không đọc được dữ liệu quét từ đầu vào chuẩn (stdin).</translation>
    </message>
    <message>
        <source>check NUMBER | parse-qr STRING</source>
        <translation>check SỐ | parse-qr CHUỖI</translation>
    </message>
    <message>
        <source>Date of birth to check the number against.</source>
        <translation>Ngày sinh dùng để đối chiếu với số định danh.</translation>
    </message>
    <message>
        <source>Sex to check the number against.</source>
        <translation>Giới tính dùng để đối chiếu với số định danh.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli cccd check NUMBER [--dob YYYY-MM-DD] [--sex male|female] | motcua-cli cccd parse-qr STRING (see --help).</source>
        <translation>Cách dùng: motcua-cli cccd check SỐ [--dob YYYY-MM-DD] [--sex male|female] | motcua-cli cccd parse-qr CHUỖI (xem --help).</translation>
    </message>
    <message>
        <source>Check a citizen ID number (CCCD) or read the QR code of a chip ID card.
check NUMBER: prints nothing and exits with 0 when the number is valid (and matches --dob and --sex when given); otherwise prints the reason and exits with 2.
parse-qr STRING: prints the card&apos;s details as one JSON object (keys id, old_id, full_name, date_of_birth, sex, address, issue_date, and extra_fields when the card has more fields) and exits with 0; otherwise prints the reason and exits with 2. Give - as STRING to read the scan from standard input.</source>
        <translation>Kiểm tra số định danh cá nhân (CCCD) hoặc đọc mã QR trên thẻ CCCD gắn chip.
check SỐ: không in gì và thoát với mã 0 khi số hợp lệ (và khớp với --dob, --sex nếu có); nếu không, in lý do và thoát với mã 2.
parse-qr CHUỖI: in thông tin trên thẻ thành một đối tượng JSON (các khóa id, old_id, full_name, date_of_birth, sex, address, issue_date, và extra_fields khi thẻ có thêm trường) rồi thoát với mã 0; nếu không, in lý do và thoát với mã 2. Dùng - làm CHUỖI để đọc dữ liệu quét từ đầu vào chuẩn.</translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>The scan is too long to come from a citizen ID card. Scan the card again, or type the details from the card.</source>
        <translation>Dữ liệu quét quá dài, không thể là của thẻ CCCD. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The scan is incomplete: it was cut short or does not come from a citizen ID card. Scan the card again, or type the details from the card.</source>
        <translation>Dữ liệu quét không đầy đủ: bị cắt ngắn hoặc không phải của thẻ CCCD. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The scan has no ID number. Scan the card again, or type the details from the card.</source>
        <translation>Dữ liệu quét không có số định danh. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not start with a province code. Scan the card again, or type the details from the card.</source>
        <translation>Số định danh trong dữ liệu quét không bắt đầu bằng mã tỉnh, thành phố. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number in the scan gives a birth year in the future. Scan the card again, or type the details from the card.</source>
        <translation>Số định danh trong dữ liệu quét cho năm sinh là một năm chưa tới. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number in the scan is not a 12-digit number. Scan the card again, or type the details from the card.</source>
        <translation>Số định danh trong dữ liệu quét không phải là số gồm 12 chữ số. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The old ID number in the scan is not a 9-digit number. Scan the card again, or type the details from the card.</source>
        <translation>Số CMND cũ trong dữ liệu quét không phải là số gồm 9 chữ số. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The scan has no full name. Scan the card again, or type the details from the card.</source>
        <translation>Dữ liệu quét không có họ và tên. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The date of birth in the scan is not a valid date. Scan the card again, or type the details from the card.</source>
        <translation>Ngày sinh trong dữ liệu quét không phải là ngày hợp lệ. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The date of birth in the scan is in the future. Scan the card again, or type the details from the card.</source>
        <translation>Ngày sinh trong dữ liệu quét là một ngày trong tương lai. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The issue date in the scan is not a valid date. Scan the card again, or type the details from the card.</source>
        <translation>Ngày cấp trong dữ liệu quét không phải là ngày hợp lệ. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The issue date in the scan is in the future. Scan the card again, or type the details from the card.</source>
        <translation>Ngày cấp trong dữ liệu quét là một ngày trong tương lai. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The issue date in the scan is before the date of birth. Scan the card again, or type the details from the card.</source>
        <translation>Ngày cấp trong dữ liệu quét sớm hơn ngày sinh. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The sex in the scan is neither Nam nor Nữ. Scan the card again, or type the details from the card.</source>
        <translation>Giới tính trong dữ liệu quét không phải là Nam hoặc Nữ. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not match the sex in the scan. Scan the card again, or type the details from the card.</source>
        <translation>Số định danh trong dữ liệu quét không khớp với giới tính trong dữ liệu quét. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The ID number in the scan does not match the date of birth in the scan. Scan the card again, or type the details from the card.</source>
        <translation>Số định danh trong dữ liệu quét không khớp với ngày sinh trong dữ liệu quét. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
    <message>
        <source>The scan contains characters that cannot be read: the scanner or the keyboard layout garbled it. Scan the card again, or type the details from the card.</source>
        <translation>Dữ liệu quét có ký tự không đọc được: máy quét hoặc kiểu gõ bàn phím đã làm hỏng dữ liệu. Hãy quét lại thẻ, hoặc nhập tay thông tin trên thẻ.</translation>
    </message>
</context>
<context>
    <name>ClerkSignIn</name>
    <message>
        <source>This clerk has never signed in online on this desk, so the password cannot be checked without the provincial system. Sign in once while the connection works.</source>
        <translation>Cán bộ này chưa từng đăng nhập trực tuyến trên quầy này nên không thể kiểm tra mật khẩu khi không kết nối được hệ thống của tỉnh. Hãy đăng nhập một lần khi có kết nối.</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached, and offline sign-in is turned off on this desk. Sign in when the connection returns. (%1)</source>
        <translation>Không kết nối được hệ thống của tỉnh, và quầy này đã tắt chức năng đăng nhập ngoại tuyến. Hãy đăng nhập khi có kết nối trở lại. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The provincial system cannot be reached, and the last online sign-in of this clerk on this desk is more than %n day(s) old, so offline sign-in is no longer allowed. Sign in once while the connection works.</source>
        <translation>
            <numerusform>Không kết nối được hệ thống của tỉnh, và lần đăng nhập trực tuyến gần nhất của cán bộ này trên quầy này đã quá %n ngày nên không được đăng nhập ngoại tuyến nữa. Hãy đăng nhập một lần khi có kết nối.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The desk could not prepare offline sign-in (not enough memory?). Close other programs and sign in again.</source>
        <translation>Quầy không chuẩn bị được đăng nhập ngoại tuyến (có thể máy thiếu bộ nhớ). Hãy đóng các chương trình khác rồi đăng nhập lại.</translation>
    </message>
    <message>
        <source>The sign-in data kept in the keychain for this clerk is damaged. Sign in once while the connection works to renew it.</source>
        <translation>Dữ liệu đăng nhập của cán bộ này lưu trong kho khóa (keyring) của máy bị hỏng. Hãy đăng nhập một lần khi có kết nối để làm mới dữ liệu này.</translation>
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
        <translation>Không có hồ sơ %1 trong kho của quầy này. Hãy kiểm tra mã trên giấy tiếp nhận, hoặc chỉ định thư mục của quầy bằng --data-dir.</translation>
    </message>
    <message>
        <source>Warning: the change was made but could not be recorded in the audit log: %1</source>
        <translation>Cảnh báo: thay đổi đã được thực hiện nhưng không ghi được vào nhật ký kiểm toán: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>motcua cannot create the folder %1 for its local store. Check that the disk is mounted and writable, or choose another folder with --data-dir.</source>
        <translation>motcua không tạo được thư mục %1 cho kho dữ liệu cục bộ. Hãy kiểm tra ổ đĩa đã được gắn (mount) và cho phép ghi, hoặc chọn thư mục khác bằng --data-dir.</translation>
    </message>
    <message>
        <source>motcua cannot open its local store %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>motcua không mở được kho dữ liệu cục bộ %1. Hãy kiểm tra ổ đĩa còn chỗ trống và tài khoản đang dùng có quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <source>The local store was damaged and has been set aside as %1; nothing was deleted. Dossiers not yet sent may be in it: ask your IT officer to restore the latest backup. motcua will start with an empty store.</source>
        <translation>Kho dữ liệu cục bộ bị hỏng và đã được tách riêng thành %1; không có dữ liệu nào bị xóa. Trong đó có thể còn hồ sơ chưa gửi: hãy đề nghị cán bộ CNTT khôi phục bản sao lưu gần nhất. motcua sẽ khởi động với kho dữ liệu trống.</translation>
    </message>
    <message>
        <source>motcua cannot read its local store %1. Close other copies of motcua and try again; if it persists, call your IT officer.</source>
        <translation>motcua không đọc được kho dữ liệu cục bộ %1. Hãy đóng các cửa sổ motcua khác đang chạy rồi thử lại; nếu vẫn lỗi, liên hệ cán bộ CNTT.</translation>
    </message>
    <message>
        <source>motcua cannot prepare its local store. Check that the disk is not full, then restart motcua.</source>
        <translation>motcua không chuẩn bị được kho dữ liệu cục bộ. Hãy kiểm tra ổ đĩa còn chỗ trống, rồi khởi động lại motcua.</translation>
    </message>
    <message>
        <source>motcua cannot read its local store.</source>
        <translation>motcua không đọc được kho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>The file %1 is not a motcua store (it belongs to another program). It was left untouched. Choose another folder with --data-dir.</source>
        <translation>Tệp %1 không phải là kho dữ liệu của motcua (tệp này thuộc một chương trình khác). Tệp được giữ nguyên. Hãy chọn thư mục khác bằng --data-dir.</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of motcua (schema %1; this version knows up to %2). Nothing was changed. Install the newer version of motcua.</source>
        <translation>Kho dữ liệu cục bộ được ghi bởi phiên bản motcua mới hơn (lược đồ %1; phiên bản này chỉ hỗ trợ đến %2). Không có gì bị thay đổi. Hãy cài đặt phiên bản motcua mới hơn.</translation>
    </message>
    <message>
        <source>motcua could not upgrade its local store to schema %1; the store was left as it was. Check that the disk is not full, then restart motcua.</source>
        <translation>motcua không nâng cấp được kho dữ liệu cục bộ lên lược đồ %1; kho dữ liệu được giữ nguyên như cũ. Hãy kiểm tra ổ đĩa còn chỗ trống, rồi khởi động lại motcua.</translation>
    </message>
    <message>
        <source>motcua cannot use its local store.</source>
        <translation>motcua không sử dụng được kho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>A change to the local store failed and was undone.</source>
        <translation>Một thay đổi trong kho dữ liệu cục bộ không thực hiện được và đã được hoàn tác.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged and could not be set aside. Nothing was deleted. Close motcua and call your IT officer.</source>
        <translation>Kho dữ liệu cục bộ %1 bị hỏng và không tách riêng ra được. Không có dữ liệu nào bị xóa. Hãy đóng motcua và liên hệ cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or ask your IT officer), then save again: what you typed is still on the screen.</source>
        <translation>Ổ đĩa đã đầy nên chưa lưu được gì. Hãy giải phóng bớt dung lượng (hoặc nhờ cán bộ CNTT), rồi lưu lại: nội dung đã nhập vẫn còn trên màn hình.</translation>
    </message>
    <message>
        <source>The local store is busy. Nothing was saved; try again in a moment.</source>
        <translation>Kho dữ liệu cục bộ đang bận. Chưa lưu được gì; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>motcua cannot write to its local store. Nothing was saved. Check the disk, then try again or call your IT officer.</source>
        <translation>motcua không ghi được vào kho dữ liệu cục bộ. Chưa lưu được gì. Hãy kiểm tra ổ đĩa, rồi thử lại hoặc liên hệ cán bộ CNTT.</translation>
    </message>
    <message>
        <source>A change to the local store failed and was undone. Try again; if it persists, call your IT officer.</source>
        <translation>Một thay đổi trong kho dữ liệu cục bộ không thực hiện được và đã được hoàn tác. Hãy thử lại; nếu vẫn lỗi, liên hệ cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The local store %1 is not ready yet. Wait until the desk has opened it, then try again.</source>
        <translation>Kho dữ liệu %1 chưa sẵn sàng. Hãy đợi quầy mở xong kho rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>DayEnd</name>
    <message>
        <source>Choose the day to close.</source>
        <translation>Hãy chọn ngày cần chốt số liệu.</translation>
    </message>
</context>
<context>
    <name>DayEndPdf</name>
    <message>
        <source>Day-end summary</source>
        <translation>Tổng kết cuối ngày</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, đơn vị %2</translation>
    </message>
    <message>
        <source>, desk %1</source>
        <translation>, quầy %1</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>In lúc %1</translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation>Hồ sơ tiếp nhận trong ngày</translation>
    </message>
    <message>
        <source>Direct at the desk</source>
        <translation>Trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online, confirmed by the citizen</source>
        <translation>Trực tuyến, công dân đã xác nhận</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation</source>
        <translation>Trực tuyến, chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Online, no confirmation by the citizen recorded</source>
        <translation>Trực tuyến, chưa ghi nhận xác nhận của công dân</translation>
    </message>
    <message>
        <source>Received in all</source>
        <translation>Tổng số tiếp nhận</translation>
    </message>
    <message>
        <source>The day as the online-rate report counts it</source>
        <translation>Số liệu trong ngày theo cách tính của báo cáo tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <source>Carried over (received earlier, still open when the day began)</source>
        <translation>Kỳ trước chuyển sang (tiếp nhận trước đó, chưa giải quyết xong khi bắt đầu ngày)</translation>
    </message>
    <message>
        <source>Online share</source>
        <translation>Tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <source>Counted by the national monitor (citizen&apos;s own account)</source>
        <translation>Theo cách tính của hệ thống giám sát quốc gia (tài khoản của chính công dân)</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Tài khoản được kích hoạt</translation>
    </message>
    <message>
        <source>Still to do at the desk</source>
        <translation>Việc còn tồn tại quầy</translation>
    </message>
    <message>
        <source>Awaiting the citizen&apos;s confirmation</source>
        <translation>Chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Failures needing action</source>
        <translation>Lỗi cần xử lý</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The day-end summary was not saved as %1. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>Chưa lưu được bản tổng kết cuối ngày thành %1. Hãy kiểm tra thư mục có tồn tại không, bạn có quyền ghi vào thư mục đó không và ổ đĩa còn chỗ trống không.</translation>
    </message>
</context>
<context>
    <name>DeskKeyring</name>
    <message>
        <source>This store has no identity; it cannot be used.</source>
        <translation>Kho dữ liệu này không có mã nhận dạng nên không dùng được.</translation>
    </message>
    <message>
        <source>The key that protects this store&apos;s personal data is not in this computer&apos;s keyring, so the dossiers cannot be opened. Nothing has been changed. If the keyring was reset or this store was copied from another computer, the IT officer can restore the key from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</source>
        <translation>Khóa bảo vệ dữ liệu cá nhân của kho dữ liệu này không có trong kho khóa (keyring) của máy nên không mở được hồ sơ. Chưa có gì bị thay đổi. Nếu kho khóa đã bị đặt lại hoặc kho dữ liệu này được sao chép từ máy khác, cán bộ CNTT có thể khôi phục khóa từ mã khôi phục của quầy (motcua-cli keys restore); xem hướng dẫn bảo mật.</translation>
    </message>
    <message>
        <source>The key in the keyring is damaged. Call the IT officer.</source>
        <translation>Khóa trong kho khóa (keyring) của máy bị hỏng. Hãy gọi cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>DeskValues</name>
    <message>
        <source>The settings could not be saved in %1. Check that the desk&apos;s data folder can be written to.</source>
        <translation>Không lưu được thiết lập vào %1. Hãy kiểm tra xem thư mục dữ liệu của quầy có ghi được không.</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>Queue a dossier received at the counter.</source>
        <translation>Đưa hồ sơ tiếp nhận tại quầy vào hàng đợi.</translation>
    </message>
    <message>
        <source>Queue a new dossier.</source>
        <translation>Đưa một hồ sơ mới vào hàng đợi.</translation>
    </message>
    <message>
        <source>Procedure code.</source>
        <translation>Mã thủ tục.</translation>
    </message>
    <message>
        <source>Applicant&apos;s full name.</source>
        <translation>Họ và tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Applicant&apos;s 12-digit ID number.</source>
        <translation>Số định danh cá nhân (CCCD) 12 chữ số của người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Applicant&apos;s phone number.</source>
        <translation>Số điện thoại của người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Show the dossiers in the local queue.</source>
        <translation>Hiển thị các hồ sơ trong hàng đợi cục bộ.</translation>
    </message>
    <message>
        <source>Write --paper CODE=original, CODE=copy or CODE=scan:FILE (got &quot;%1&quot;).</source>
        <translation>Hãy viết --paper MÃ=original, MÃ=copy hoặc MÃ=scan:TỆP (đã nhận &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>A paper received: CODE=original (original seen), CODE=copy (copy kept) or CODE=scan:FILE. Repeat for each paper.</source>
        <translation>Một giấy tờ đã nhận: MÃ=original (đã xem bản chính), MÃ=copy (nhận bản sao) hoặc MÃ=scan:TỆP. Lặp lại cho mỗi giấy tờ.</translation>
    </message>
    <message>
        <source>Fee exemption ground (repeatable).</source>
        <translation>Căn cứ miễn phí, lệ phí (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Quantity the fee is charged on.</source>
        <translation>Số lượng dùng để tính phí, lệ phí.</translation>
    </message>
    <message>
        <source>File it online, awaiting the citizen&apos;s confirmation from their own phone. Without it the dossier is direct intake.</source>
        <translation>Nộp trực tuyến, chờ công dân xác nhận trên điện thoại của chính mình. Nếu không có tùy chọn này, hồ sơ là hồ sơ tiếp nhận trực tiếp.</translation>
    </message>
    <message>
        <source>--quantity must be a whole number.</source>
        <translation>--quantity phải là số nguyên.</translation>
    </message>
    <message>
        <source>Reprint the receipt of a dossier in the local store as a PDF file, marked as reprinted.</source>
        <translation>In lại giấy tiếp nhận của một hồ sơ trong kho cục bộ thành tệp PDF, có ghi là bản in lại.</translation>
    </message>
    <message>
        <source>Reprint a receipt.</source>
        <translation>In lại giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Dossier code, as printed on the receipt.</source>
        <translation>Mã hồ sơ, như in trên giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Tệp PDF sẽ ghi; tệp đã có sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>One line per dossier: code, state, reason, next attempt, channel, provincial status.</source>
        <translation>Mỗi hồ sơ một dòng: mã, trạng thái gửi, lý do, lần thử tiếp theo, hình thức, trạng thái tại tỉnh.</translation>
    </message>
    <message>
        <source>The dossier %1 is no longer in this desk&apos;s store.</source>
        <translation>Hồ sơ %1 không còn trong kho của quầy này.</translation>
    </message>
</context>
<context>
    <name>DossierImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>dòng %1, trường %2: %3</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check its name and that it is a file.</source>
        <translation>Không đọc được tệp %1 (%2). Hãy kiểm tra tên tệp và đó đúng là một tệp.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>The file %1 is not a JSONL text file (one dossier record in JSON per line, UTF-8). Export the dossiers as JSONL and import that file.</source>
        <translation>Tệp %1 không phải tệp văn bản JSONL (mỗi dòng một bản ghi hồ sơ dạng JSON, mã UTF-8). Hãy xuất hồ sơ ra JSONL rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end (%2); nothing was imported.</source>
        <translation>Không đọc được hết tệp %1 (%2); chưa nhập hồ sơ nào.</translation>
    </message>
    <message>
        <source>the dossier %1 is already on line %2; keep one record per dossier.</source>
        <translation>hồ sơ %1 đã có ở dòng %2; mỗi hồ sơ chỉ giữ một bản ghi.</translation>
    </message>
    <message>
        <source>The file %1 holds no dossier record; nothing was imported. Check that it is the right file.</source>
        <translation>Tệp %1 không có bản ghi hồ sơ nào; chưa nhập gì. Hãy kiểm tra có đúng tệp không.</translation>
    </message>
</context>
<context>
    <name>DossierImportWriter</name>
    <message>
        <source>The disk is full, so nothing was imported. Free some space, then import the file again.</source>
        <translation>Ổ đĩa đã đầy nên chưa nhập hồ sơ nào. Hãy giải phóng dung lượng rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>The dossiers could not be written to the local store; nothing was imported. Try again; if it persists, call your IT officer.</source>
        <translation>Không ghi được hồ sơ vào kho của quầy; chưa nhập hồ sơ nào. Hãy thử lại; nếu vẫn lỗi, hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>motcua cannot use its local store.</source>
        <translation>motcua không sử dụng được kho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>the list of units has %1 at level %2 on %3, not %4; correct CapDonVi, or the list of units if it is wrong.</source>
        <translation>theo danh sách đơn vị, %1 là cấp %2 vào ngày %3, không phải %4; hãy sửa CapDonVi, hoặc sửa danh sách đơn vị nếu danh sách sai.</translation>
    </message>
</context>
<context>
    <name>DossierShowCommand</name>
    <message>
        <source>Show a dossier&apos;s progress as reported by the provincial system.</source>
        <translation>Hiển thị tiến độ hồ sơ theo thông báo của hệ thống tỉnh.</translation>
    </message>
    <message>
        <source>Show a dossier.</source>
        <translation>Hiển thị một hồ sơ.</translation>
    </message>
    <message>
        <source>Dossier code, as printed on the receipt.</source>
        <translation>Mã hồ sơ, như in trên giấy tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>FeeCalculator</name>
    <message>
        <source>The fee of procedure %1 (%2 đồng) is outside what motcua accepts (0 to %3 đồng). Correct the catalogue.</source>
        <translation>Mức phí, lệ phí của thủ tục %1 (%2 đồng) nằm ngoài phạm vi motcua chấp nhận (từ 0 đến %3 đồng). Hãy sửa lại danh mục.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation>Số lượng phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>%1 × %2 đồng is more than %3 đồng. Check the quantity.</source>
        <translation>%1 × %2 đồng vượt quá %3 đồng. Hãy kiểm tra lại số lượng.</translation>
    </message>
    <message>
        <source>The reception date is missing, so the fee policy in force cannot be chosen.</source>
        <translation>Chưa có ngày tiếp nhận nên không xác định được chính sách phí đang có hiệu lực.</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; is not defined by the fee policy in use. Choose one from the list.</source>
        <translation>Chính sách phí đang dùng không quy định trường hợp miễn &quot;%1&quot;. Hãy chọn một trường hợp trong danh sách.</translation>
    </message>
    <message>
        <source>Fee and charge</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Fee and charge: %1 × %2 đồng</source>
        <translation>Phí, lệ phí: %1 × %2 đồng</translation>
    </message>
    <message>
        <source>The fee policy %1 is not in force on %2: no reduction applies.</source>
        <translation>Chính sách phí %1 không có hiệu lực vào ngày %2: không áp dụng miễn, giảm.</translation>
    </message>
    <message>
        <source>The fee policy %1 does not cover the unit %2: no reduction applies.</source>
        <translation>Chính sách phí %1 không áp dụng cho đơn vị %2: không áp dụng miễn, giảm.</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; does not cover this procedure.</source>
        <translation>Trường hợp miễn &quot;%1&quot; không áp dụng cho thủ tục này.</translation>
    </message>
    <message>
        <source>Exemptions do not add up: &quot;%1&quot; applies, &quot;%2&quot; does not.</source>
        <translation>Các trường hợp miễn không cộng dồn: áp dụng &quot;%1&quot;, không áp dụng &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Exemption (%1%): %2</source>
        <translation>Miễn (%1%): %2</translation>
    </message>
    <message>
        <source>Exempted %1% (%2): %3 đồng less.</source>
        <translation>Miễn %1% (%2): giảm %3 đồng.</translation>
    </message>
    <message>
        <source>Submitting online with the citizen&apos;s own account would reduce this fee (%1).</source>
        <translation>Nếu công dân tự nộp trực tuyến bằng tài khoản của mình, phí này được giảm (%1).</translation>
    </message>
    <message>
        <source>The online reduction (%1) applies only when the citizen confirms the dossier with their own authenticated account.</source>
        <translation>Mức giảm khi nộp trực tuyến (%1) chỉ áp dụng khi công dân xác nhận hồ sơ bằng tài khoản đã xác thực của chính mình.</translation>
    </message>
    <message>
        <source>%1 (submitted online with the citizen&apos;s own account): %2 đồng less.</source>
        <translation>%1 (công dân nộp trực tuyến bằng tài khoản của mình): giảm %2 đồng.</translation>
    </message>
    <message>
        <source>Rounding to %1 đồng</source>
        <translation>Làm tròn đến %1 đồng</translation>
    </message>
    <message>
        <source>Rounded from %1 to %2 đồng.</source>
        <translation>Làm tròn từ %1 thành %2 đồng.</translation>
    </message>
</context>
<context>
    <name>FeePolicy</name>
    <message>
        <source>it is not an object</source>
        <translation>không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>thiếu trường &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a non-empty text</source>
        <translation>trường &quot;%1&quot; phải là văn bản không để trống</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>trường &quot;%1&quot; phải là số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>trường &quot;%1&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a date written YYYY-MM-DD</source>
        <translation>trường &quot;%1&quot; phải là ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list</source>
        <translation>trường &quot;%1&quot; phải là một danh sách</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold non-empty codes</source>
        <translation>&quot;%1&quot; chỉ được chứa các mã không để trống</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>mã &quot;%1&quot; xuất hiện hai lần trong &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; must be an object</source>
        <translation>&quot;applies_to&quot; phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>&quot;applies_to.all&quot; must be true or false</source>
        <translation>&quot;applies_to.all&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; cannot combine &quot;all&quot; with lists of fields or procedures</source>
        <translation>&quot;applies_to&quot; không được dùng &quot;all&quot; cùng với danh sách lĩnh vực hoặc thủ tục</translation>
    </message>
    <message>
        <source>&quot;applies_to&quot; covers nothing (give &quot;all&quot;: true, &quot;fields&quot; or &quot;procedures&quot;)</source>
        <translation>&quot;applies_to&quot; không áp dụng cho thủ tục nào (hãy khai báo &quot;all&quot;: true, &quot;fields&quot; hoặc &quot;procedures&quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The fee policy file %1 cannot be read (%2). Check the path and try again.</source>
        <translation>Không đọc được tệp chính sách phí %1 (%2). Hãy kiểm tra lại đường dẫn rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a fee policy. Check that you chose the right file.</source>
        <translation>Tệp %1 quá lớn, không thể là tệp chính sách phí. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <source>The fee policy %1 was refused (line %2: %3). The fee policy in use was not changed. Correct the file and load it again.</source>
        <translation>Tệp chính sách phí %1 không được chấp nhận (dòng %2: %3). Chính sách phí đang dùng không bị thay đổi. Hãy sửa tệp rồi nạp lại.</translation>
    </message>
    <message>
        <source>every procedure</source>
        <translation>mọi thủ tục</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>lĩnh vực %1</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <source>it covers %1, already covered by %2 (line %3); a procedure can match only one rule at the same precision</source>
        <translation>phạm vi gồm %1, vốn đã thuộc phạm vi của %2 (dòng %3); mỗi thủ tục chỉ được khớp với một quy tắc ở cùng mức độ cụ thể</translation>
    </message>
    <message>
        <source>the file is not a motcua fee policy (&quot;format&quot; is not &quot;motcua.fees&quot;)</source>
        <translation>tệp không phải là chính sách phí của motcua (&quot;format&quot; không phải là &quot;motcua.fees&quot;)</translation>
    </message>
    <message>
        <source>fee policy</source>
        <translation>chính sách phí</translation>
    </message>
    <message>
        <source>fee policy format %1 is newer than this motcua understands (%2); update motcua</source>
        <translation>định dạng chính sách phí %1 mới hơn định dạng mà phiên bản motcua này hỗ trợ (%2); hãy cập nhật motcua</translation>
    </message>
    <message>
        <source>&quot;province&quot;</source>
        <translation>&quot;province&quot;</translation>
    </message>
    <message>
        <source>&quot;valid_until&quot; is before &quot;valid_from&quot;</source>
        <translation>&quot;valid_until&quot; sớm hơn &quot;valid_from&quot;</translation>
    </message>
    <message>
        <source>&quot;rounding&quot;</source>
        <translation>&quot;rounding&quot;</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;none&quot;, &quot;down&quot;, &quot;up&quot; or &quot;half_up&quot;</source>
        <translation>&quot;mode&quot; phải là &quot;none&quot;, &quot;down&quot;, &quot;up&quot; hoặc &quot;half_up&quot;</translation>
    </message>
    <message>
        <source>exemption ground %1</source>
        <translation>đối tượng miễn thứ %1</translation>
    </message>
    <message>
        <source>the exemption code &quot;%1&quot; appears twice</source>
        <translation>mã đối tượng miễn &quot;%1&quot; xuất hiện hai lần</translation>
    </message>
    <message>
        <source>exemption %1</source>
        <translation>quy tắc miễn thứ %1</translation>
    </message>
    <message>
        <source>the exemption code &quot;%1&quot; is not listed in &quot;exemption_grounds&quot;</source>
        <translation>mã đối tượng miễn &quot;%1&quot; không có trong &quot;exemption_grounds&quot;</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>quy tắc giảm thứ %1</translation>
    </message>
    <message>
        <source>give either &quot;percent&quot; or &quot;amount_vnd&quot;, not both or neither</source>
        <translation>phải khai báo đúng một trong hai trường &quot;percent&quot; hoặc &quot;amount_vnd&quot; (không khai báo cả hai, không bỏ trống cả hai)</translation>
    </message>
</context>
<context>
    <name>FeePolicyInstall</name>
    <message>
        <source>The file %1 changed while it was being installed. Install it again.</source>
        <translation>Tệp %1 đã bị thay đổi trong khi cài. Hãy cài lại.</translation>
    </message>
</context>
<context>
    <name>FeesCommand</name>
    <message>
        <source>Warning: %1 is marked as a sample policy, not the province&apos;s own.</source>
        <translation>Cảnh báo: %1 được đánh dấu là chính sách mẫu, không phải chính sách của tỉnh.</translation>
    </message>
    <message>
        <source>Installed the fee policy %1 (%2) as %3. New dossiers use it for their fees.</source>
        <translation>Đã cài chính sách phí %1 (%2) thành %3. Hồ sơ mới dùng chính sách này để tính phí, lệ phí.</translation>
    </message>
    <message>
        <source>The province&apos;s fee policy (docs/fees.md).
install FILE: checks the fee policy file and installs it for this desk&apos;s intake (a refused file changes nothing).</source>
        <translation>Chính sách phí, lệ phí của tỉnh (docs/fees.md).
install TỆP: kiểm tra tệp chính sách phí và cài cho việc tiếp nhận tại quầy này (tệp bị từ chối không làm thay đổi gì).</translation>
    </message>
    <message>
        <source>install FILE</source>
        <translation>install TỆP</translation>
    </message>
    <message>
        <source>Usage: motcua-cli fees install FILE (see --help).</source>
        <translation>Cách dùng: motcua-cli fees install TỆP (xem --help).</translation>
    </message>
</context>
<context>
    <name>HolidayRules</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết), last day of the lunar year</source>
        <translation>Tết Nguyên đán (ngày cuối năm âm lịch)</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết), day %1</source>
        <translation>Tết Nguyên đán (mùng %1)</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day (lunar 10/3)</source>
        <translation>Giỗ Tổ Hùng Vương (10/3 âm lịch)</translation>
    </message>
    <message>
        <source>Reunification Day (30/4)</source>
        <translation>Ngày Chiến thắng (30/4)</translation>
    </message>
    <message>
        <source>International Labour Day (1/5)</source>
        <translation>Ngày Quốc tế Lao động (1/5)</translation>
    </message>
    <message>
        <source>National Day holiday (day next to 2/9)</source>
        <translation>Nghỉ Quốc khánh (ngày liền kề 2/9)</translation>
    </message>
    <message>
        <source>National Day (2/9)</source>
        <translation>Quốc khánh (2/9)</translation>
    </message>
    <message>
        <source>Compensatory day off for the holiday of %1</source>
        <translation>Nghỉ bù cho ngày lễ %1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
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
        <translation>Hãy nêu mục đích tra cứu thông tin công dân này (ví dụ: tiếp nhận hồ sơ).</translation>
    </message>
    <message>
        <source>The provincial system does not know this citizen or this activation. Check the ID number, or start the activation again.</source>
        <translation>Hệ thống của tỉnh không có thông tin về công dân này hoặc về yêu cầu kích hoạt này. Hãy kiểm tra lại số định danh, hoặc thực hiện kích hoạt lại từ đầu.</translation>
    </message>
    <message>
        <source>The citizen&apos;s account is already active: they can log in themselves.</source>
        <translation>Tài khoản của công dân đã được kích hoạt: công dân có thể tự đăng nhập.</translation>
    </message>
    <message>
        <source>This phone number is not the one registered for the citizen. Ask the citizen for the phone number they registered, or update it at the police.</source>
        <translation>Số điện thoại này không phải là số đã đăng ký của công dân. Hãy hỏi công dân số điện thoại đã đăng ký, hoặc hướng dẫn công dân cập nhật tại cơ quan Công an.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s). Ask the citizen to wait for the SMS.</source>
        <translation>
            <numerusform>Có thể gửi mã mới sau %n giây. Đề nghị công dân chờ nhận tin nhắn SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provincial system refused the request: %1. Try again; if it persists, tell your IT officer.</source>
        <translation>Hệ thống của tỉnh từ chối yêu cầu: %1. Hãy thử lại; nếu vẫn lỗi, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read. Try again.</source>
        <translation>Hệ thống của tỉnh trả về phản hồi mà motcua không đọc được. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The account is active. The citizen can now log in with VNeID.</source>
        <translation>Tài khoản đã được kích hoạt. Công dân đã có thể đăng nhập bằng VNeID.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>Mã không đúng. Còn %n lần thử.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code has expired. The clerk can send a new one.</source>
        <translation>Mã đã hết hạn. Cán bộ có thể gửi mã mới.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this activation is locked. The clerk can start a new one later.</source>
        <translation>Nhập sai mã quá nhiều lần: yêu cầu kích hoạt này đã bị khóa. Cán bộ có thể tạo yêu cầu kích hoạt mới sau.</translation>
    </message>
    <message>
        <source>The provincial system does not know this citizen or this confirmation. Check the ID number, or ask for the citizen&apos;s confirmation again.</source>
        <translation>Hệ thống của tỉnh không có công dân này hoặc yêu cầu xác nhận này. Hãy kiểm tra số định danh, hoặc đề nghị công dân xác nhận lại.</translation>
    </message>
    <message>
        <source>This confirmation is already done. Each dossier needs its own confirmation.</source>
        <translation>Yêu cầu xác nhận này đã được dùng. Mỗi hồ sơ cần một lần xác nhận riêng.</translation>
    </message>
    <message>
        <source>The citizen has no active VNeID account, so they cannot confirm the dossier themselves. Help them activate their account first, or receive the dossier as a direct one.</source>
        <translation>Công dân chưa có tài khoản VNeID đang hoạt động nên không thể tự xác nhận hồ sơ. Hãy hỗ trợ công dân kích hoạt tài khoản trước, hoặc tiếp nhận hồ sơ trực tiếp.</translation>
    </message>
    <message>
        <source>The dossier&apos;s summary is not ready. Finish preparing the dossier, then ask the citizen to confirm it.</source>
        <translation>Bản tóm tắt hồ sơ chưa sẵn sàng. Hãy chuẩn bị xong hồ sơ rồi đề nghị công dân xác nhận.</translation>
    </message>
    <message>
        <source>Thank you. You have confirmed the dossier with your own account.</source>
        <translation>Cảm ơn ông/bà. Ông/bà đã xác nhận hồ sơ bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this confirmation is locked. The clerk can ask for a new one later.</source>
        <translation>Nhập sai mã quá nhiều lần: yêu cầu xác nhận này đã bị khóa. Cán bộ có thể đề nghị xác nhận lại sau.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports dossier history for the online-rate report (docs/units-and-import.md).
FILE.jsonl: one national dossier record per line, with MaDonVi and CapDonVi. All or nothing: a refused line leaves the store as it was. A dossier already imported is replaced.</source>
        <translation>Nhập lịch sử hồ sơ cho báo cáo tỷ lệ trực tuyến (docs/units-and-import.md).
TỆP.jsonl: mỗi dòng một bản ghi hồ sơ theo chuẩn quốc gia, kèm MaDonVi và CapDonVi. Nhập tất cả hoặc không nhập gì: một dòng bị từ chối thì kho giữ nguyên. Hồ sơ đã nhập trước đó được thay thế.</translation>
    </message>
    <message>
        <source>The JSONL file.</source>
        <translation>Tệp JSONL.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli import-dossiers FILE.jsonl (see --help).</source>
        <translation>Cách dùng: motcua-cli import-dossiers TỆP.jsonl (xem --help).</translation>
    </message>
    <message>
        <source>Read %1 lines from %2: %3 new dossiers, %4 replaced.</source>
        <translation>Đã đọc %1 dòng từ %2: %3 hồ sơ mới, %4 hồ sơ được thay thế.</translation>
    </message>
    <message>
        <source>%1 were received at this desk and are kept as recorded here.</source>
        <translation>%1 hồ sơ do quầy này tiếp nhận được giữ nguyên như đã ghi tại quầy.</translation>
    </message>
</context>
<context>
    <name>ImportRecord</name>
    <message>
        <source>the field is missing; every record needs it.</source>
        <translation>thiếu trường này; mọi bản ghi đều phải có.</translation>
    </message>
    <message>
        <source>the value must be a text in quotes.</source>
        <translation>giá trị phải là chuỗi văn bản trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>the value is empty; every record needs it.</source>
        <translation>giá trị đang trống; mọi bản ghi đều phải có.</translation>
    </message>
    <message>
        <source>the field is missing; every record needs it (%1).</source>
        <translation>thiếu trường này; mọi bản ghi đều phải có (%1).</translation>
    </message>
    <message>
        <source>the value must be %1.</source>
        <translation>giá trị phải là %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as yyyyMMddHHmmss in Vietnam time.</source>
        <translation>“%1” không phải ngày giờ; hãy ghi dạng yyyyMMddHHmmss theo giờ Việt Nam.</translation>
    </message>
    <message>
        <source>the line is not JSON (%1 at character %2); each line must hold one dossier record.</source>
        <translation>dòng này không phải JSON (%1 tại ký tự %2); mỗi dòng phải chứa một bản ghi hồ sơ.</translation>
    </message>
    <message>
        <source>the line is not a JSON object; each line must hold one dossier record {…}.</source>
        <translation>dòng này không phải đối tượng JSON; mỗi dòng phải chứa một bản ghi hồ sơ {…}.</translation>
    </message>
    <message>
        <source>1 (direct), 2 (online) or 3 (public postal service)</source>
        <translation>1 (trực tiếp), 2 (trực tuyến) hoặc 3 (dịch vụ bưu chính công ích)</translation>
    </message>
    <message>
        <source>1 (province), 2 (district) or 3 (commune)</source>
        <translation>1 (tỉnh), 2 (huyện) hoặc 3 (xã)</translation>
    </message>
    <message>
        <source>a status from 1 to 10</source>
        <translation>một trạng thái từ 1 đến 10</translation>
    </message>
    <message>
        <source>%1 is before NgayTiepNhan %2; correct one of the dates.</source>
        <translation>%1 trước NgayTiepNhan %2; hãy sửa một trong hai ngày.</translation>
    </message>
    <message>
        <source>status %1 ends the processing, but the record has no end date; add %2.</source>
        <translation>trạng thái %1 là đã kết thúc xử lý, nhưng bản ghi không có ngày kết thúc; hãy thêm %2.</translation>
    </message>
    <message>
        <source>the value must be an object with MaXacThuc.</source>
        <translation>giá trị phải là một đối tượng có MaXacThuc.</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 hoặc 1</translation>
    </message>
</context>
<context>
    <name>IntakeRules</name>
    <message>
        <source>The fee policy %1 cannot be used, so listed fees are charged with no reduction until the admin installs a good file. %2</source>
        <translation>Không dùng được chính sách phí %1, nên thu theo mức phí niêm yết, không giảm, cho đến khi quản trị viên cài tệp đúng. %2</translation>
    </message>
    <message>
        <source>The official calendar %1 cannot be used; the computed holidays apply for its year. %2</source>
        <translation>Không dùng được lịch nghỉ chính thức %1; năm đó áp dụng các ngày nghỉ lễ tính theo quy định. %2</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Nhập họ và tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Choose a procedure from the catalogue before saving.</source>
        <translation>Hãy chọn thủ tục trong danh mục trước khi lưu.</translation>
    </message>
    <message>
        <source>The paper &quot;%1&quot; is not in the checklist of procedure %2. Start the dossier again from the procedure.</source>
        <translation>Giấy tờ &quot;%1&quot; không có trong thành phần hồ sơ của thủ tục %2. Hãy làm lại hồ sơ từ bước chọn thủ tục.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; was not stored. Attach it again.</source>
        <translation>Bản quét của &quot;%1&quot; chưa được lưu. Hãy đính kèm lại.</translation>
    </message>
    <message>
        <source>The due date cannot be computed for this date. Check the computer&apos;s date and the office hours in the settings.</source>
        <translation>Không tính được ngày hẹn trả cho ngày này. Hãy kiểm tra ngày giờ của máy tính và giờ làm việc trong phần cài đặt.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; is missing from the desk&apos;s attachment folder. Attach it again.</source>
        <translation>Bản quét của &quot;%1&quot; không còn trong thư mục tệp đính kèm của quầy. Hãy đính kèm lại.</translation>
    </message>
    <message>
        <source>These required papers are missing:
- %1
Attach a scan, reuse an earlier one or record the original seen, then save again.</source>
        <translation>Còn thiếu các giấy tờ bắt buộc sau:
- %1
Hãy đính kèm bản quét, dùng lại bản đã có hoặc ghi nhận đã xem bản chính, rồi lưu lại.</translation>
    </message>
    <message>
        <source>An online dossier needs the citizen&apos;s own confirmation. Ask the citizen to confirm on their screen, queue it as awaiting their confirmation, or record it as direct intake.</source>
        <translation>Hồ sơ trực tuyến cần chính công dân xác nhận. Hãy đề nghị công dân xác nhận trên màn hình của mình, đưa vào hàng đợi chờ công dân xác nhận, hoặc ghi nhận là hồ sơ tiếp nhận trực tiếp.</translation>
    </message>
    <message>
        <source>The citizen&apos;s confirmation is missing. Ask the citizen to confirm again on their screen.</source>
        <translation>Chưa có xác nhận của công dân. Hãy đề nghị công dân xác nhận lại trên màn hình của mình.</translation>
    </message>
    <message>
        <source>The dossier changed after the citizen confirmed it. Show the citizen the new summary and ask them to confirm again.</source>
        <translation>Hồ sơ đã thay đổi sau khi công dân xác nhận. Hãy cho công dân xem bản tóm tắt mới và đề nghị xác nhận lại.</translation>
    </message>
    <message>
        <source>A dossier the citizen confirms is an online dossier. Choose the online channel or record direct intake without confirmation.</source>
        <translation>Hồ sơ do công dân xác nhận là hồ sơ trực tuyến. Hãy chọn hình thức trực tuyến, hoặc ghi nhận tiếp nhận trực tiếp không cần xác nhận.</translation>
    </message>
    <message>
        <source>The earlier scan chosen for &quot;%1&quot; is not one this citizen gave at this desk. Attach a new scan.</source>
        <translation>Bản quét cũ được chọn cho &quot;%1&quot; không phải do công dân này nộp tại quầy. Hãy đính kèm bản quét mới.</translation>
    </message>
</context>
<context>
    <name>JsonDataFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>không phải JSON hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>This desk&apos;s key is not in the keychain.</source>
        <translation>Khóa của quầy này không có trong kho khóa (keyring) của máy.</translation>
    </message>
    <message>
        <source>The system keyring cannot be reached, so motcua cannot keep its keys and sign-in safely. Sign in to the computer&apos;s desktop session (which unlocks the keyring) and start motcua again; if it keeps happening, call the IT officer.</source>
        <translation>Không truy cập được kho khóa (keyring) của máy nên motcua không thể lưu giữ an toàn khóa và thông tin đăng nhập. Hãy đăng nhập vào phiên làm việc trên máy tính (việc này sẽ mở kho khóa) rồi khởi động lại motcua; nếu vẫn bị, hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The system keyring refused the request. Try again; if it keeps happening, call the IT officer.</source>
        <translation>Kho khóa (keyring) của máy từ chối yêu cầu. Hãy thử lại; nếu vẫn bị, hãy gọi cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Recovery code: </source>
        <translation>Mã khôi phục: </translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring is not the key this store was protected with: its recovery code would not open the store. Call the IT officer.</source>
        <translation>Khóa trong kho khóa (keyring) của máy không phải khóa đã dùng để bảo vệ kho dữ liệu này: mã khôi phục của khóa đó sẽ không mở được kho. Hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away like a master key: with it and a backup, anyone can read every dossier of this desk. Never store it on this computer, in e-mail or in a chat.</source>
        <translation>Hãy chép mã này ra giấy và cất giữ dưới khóa như chìa khóa vạn năng: ai có mã này và một bản sao lưu đều đọc được mọi hồ sơ của quầy. Tuyệt đối không lưu mã trên máy tính này, trong thư điện tử hay tin nhắn.</translation>
    </message>
    <message>
        <source>The store on this desk is %1, not %2. Nothing was changed. Leave out --store-id to restore this store&apos;s keys.</source>
        <translation>Kho dữ liệu trên quầy này là %1, không phải %2. Chưa có gì bị thay đổi. Để khôi phục khóa của kho này, hãy bỏ --store-id.</translation>
    </message>
    <message>
        <source>There is no store on this desk yet: give the store&apos;s id with --store-id (32 hexadecimal digits; &quot;motcua-cli backup restore&quot; shows the id of a backup&apos;s store).</source>
        <translation>Quầy này chưa có kho dữ liệu: hãy cho mã nhận dạng của kho bằng --store-id (32 chữ số thập lục phân; lệnh &quot;motcua-cli backup restore&quot; hiển thị mã nhận dạng kho của bản sao lưu).</translation>
    </message>
    <message>
        <source>This recovery code is not the one of this store: its key does not open the store&apos;s data. Nothing was changed. Check that the code is the one written down for this desk.</source>
        <translation>Mã khôi phục này không phải của kho dữ liệu này: khóa của mã không mở được dữ liệu của kho. Chưa có gì bị thay đổi. Hãy kiểm tra đó có đúng là mã đã chép lại cho quầy này không.</translation>
    </message>
    <message>
        <source>The keys of store %1 are back in this computer&apos;s keyring.</source>
        <translation>Khóa của kho dữ liệu %1 đã được khôi phục vào kho khóa (keyring) của máy.</translation>
    </message>
    <message>
        <source>Show the desk&apos;s recovery code, or put the desk&apos;s keys back into this computer&apos;s keyring from it (the code is read from standard input).</source>
        <translation>Hiển thị mã khôi phục của quầy, hoặc dùng mã đó khôi phục khóa của quầy vào kho khóa (keyring) của máy (mã được đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>recovery-code | restore</source>
        <translation>recovery-code | restore</translation>
    </message>
    <message>
        <source>For restore on a computer without the store yet: the store&apos;s id.</source>
        <translation>Dùng khi khôi phục trên máy chưa có kho dữ liệu: mã nhận dạng của kho.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Lỗi, sẽ gửi lại</translation>
    </message>
    <message>
        <source>Failed, needs action</source>
        <translation>Lỗi, cần xử lý</translation>
    </message>
    <message>
        <source>Direct intake (recorded by the clerk)</source>
        <translation>Tiếp nhận trực tiếp (cán bộ ghi nhận)</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online — confirmed by the citizen</source>
        <translation>Trực tuyến — công dân đã xác nhận</translation>
    </message>
    <message>
        <source>Online — awaiting the citizen&apos;s confirmation</source>
        <translation>Trực tuyến — chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Online — no confirmation by the citizen recorded</source>
        <translation>Trực tuyến — chưa ghi nhận xác nhận của công dân</translation>
    </message>
    <message>
        <source>Sent, awaiting the citizen&apos;s confirmation</source>
        <translation>Đã gửi, chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Failed, will retry at %1</source>
        <translation>Chưa gửi được, sẽ thử lại lúc %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number should have 10 digits and start with 0 (for example 0912 345 678). Check it with the citizen.</source>
        <translation>Số điện thoại phải có 10 chữ số và bắt đầu bằng số 0 (ví dụ: 0912 345 678). Hãy kiểm tra lại với công dân.</translation>
    </message>
</context>
<context>
    <name>ProgressPuller</name>
    <message>
        <source>The provincial system did not send the progress of the dossiers (HTTP %1). Tell your IT officer if it persists.</source>
        <translation>Hệ thống của tỉnh không gửi tiến độ hồ sơ (HTTP %1). Nếu lỗi kéo dài, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The provincial system sent progress motcua cannot read. Nothing was changed; it will be asked again at the next sync.</source>
        <translation>Hệ thống của tỉnh gửi tiến độ mà motcua không đọc được. Không có gì bị thay đổi; sẽ hỏi lại ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>ProvincialStatus</name>
    <message>
        <source>Newly registered</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn at the citizen&apos;s request</source>
        <translation>Công dân yêu cầu rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Unknown status %1</source>
        <translation>Trạng thái không rõ %1</translation>
    </message>
    <message>
        <source>Papers asked: %1</source>
        <translation>Giấy tờ cần bổ sung: %1</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(hạn %1)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Không có nội dung để tạo mã QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>Nội dung quá dài, không tạo được mã QR (%1 byte, tối đa %2 byte).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Không tạo được mã QR.</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>The rating could not be saved: the answer is not one of those offered.</source>
        <translation>Không lưu được đánh giá: câu trả lời không thuộc các lựa chọn đưa ra.</translation>
    </message>
    <message>
        <source>The rating could not be saved: dossier %1 is not in the local store.</source>
        <translation>Không lưu được đánh giá: hồ sơ %1 không có trong kho dữ liệu trên máy.</translation>
    </message>
</context>
<context>
    <name>RatingSender</name>
    <message>
        <source>The provincial system did not acknowledge the citizens&apos; ratings. They stay on this desk and will be sent again at the next sync.</source>
        <translation>Hệ thống của tỉnh chưa xác nhận đã nhận các đánh giá của công dân. Các đánh giá vẫn được giữ tại quầy và sẽ được gửi lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>The provincial system refused the citizens&apos; ratings (HTTP %1): %2. They stay on this desk; tell your IT officer if it persists.</source>
        <translation>Hệ thống của tỉnh từ chối các đánh giá của công dân (HTTP %1): %2. Các đánh giá vẫn được giữ tại quầy; nếu vẫn lỗi, hãy báo cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>Đã lưu giấy tiếp nhận thành %1.</translation>
    </message>
    <message>
        <source>The printer %1 could not be started. Check that it is on and connected, then print again.</source>
        <translation>Không khởi động được máy in %1. Hãy kiểm tra máy in đã bật và đã kết nối, rồi in lại.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer %1. Check the printer, then print again.</source>
        <translation>Không gửi được giấy tiếp nhận đến máy in %1. Hãy kiểm tra máy in rồi in lại.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>In giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Lưu giấy tiếp nhận thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>The receipt cannot be drawn without the graphical application.</source>
        <translation>Không thể tạo giấy tiếp nhận khi không chạy ứng dụng giao diện đồ họa.</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Máy in chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>The receipt has %1 pages but the printer did not accept a new page.</source>
        <translation>Giấy tiếp nhận có %1 trang nhưng máy in không nhận trang mới.</translation>
    </message>
    <message>
        <source>The receipt has no dossier code.</source>
        <translation>Giấy tiếp nhận chưa có mã hồ sơ.</translation>
    </message>
    <message>
        <source>The receipt has no applicant name.</source>
        <translation>Giấy tiếp nhận chưa có họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>The receipt has no reception time.</source>
        <translation>Giấy tiếp nhận chưa có thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>The due date of the receipt is missing or before the reception time.</source>
        <translation>Giấy tiếp nhận chưa có hạn trả kết quả, hoặc hạn trả kết quả sớm hơn thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>A fee on the receipt is negative.</source>
        <translation>Giấy tiếp nhận có khoản phí, lệ phí bị âm.</translation>
    </message>
    <message>
        <source>An exempted fee on the receipt still has an amount to pay.</source>
        <translation>Giấy tiếp nhận có khoản phí, lệ phí đã được miễn nhưng vẫn còn số tiền phải nộp.</translation>
    </message>
    <message>
        <source>The fees on the receipt do not add up to the total: check the fees.</source>
        <translation>Các khoản phí, lệ phí trên giấy tiếp nhận không khớp với tổng cộng: hãy kiểm tra lại các khoản phí, lệ phí.</translation>
    </message>
    <message>
        <source>The receipt has no page %1.</source>
        <translation>Giấy tiếp nhận không có trang %1.</translation>
    </message>
    <message>
        <source>The receipt PDF could not be made.</source>
        <translation>Không tạo được tệp PDF của giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2. Check the folder and try again.</source>
        <translation>Không lưu được giấy tiếp nhận thành tệp %1: %2. Hãy kiểm tra lại thư mục rồi thử lại.</translation>
    </message>
    <message>
        <source>The receipt was not saved: the folder %1 does not exist. Choose another folder.</source>
        <translation>Chưa lưu được giấy tiếp nhận: thư mục %1 không tồn tại. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The receipt was not saved: you cannot save in the folder %1. Choose another folder, e.g. Documents.</source>
        <translation>Chưa lưu được giấy tiếp nhận: không có quyền lưu vào thư mục %1. Hãy chọn thư mục khác, ví dụ Tài liệu (Documents).</translation>
    </message>
    <message>
        <source>The receipt was not saved: the disk that holds %1 is full. Free some space or choose another disk.</source>
        <translation>Chưa lưu được giấy tiếp nhận: ổ đĩa chứa %1 đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The online-rate report the way the national monitor counts it (docs/reports.md): dossiers carried over and newly received in the period, online and direct or postal, with the system&apos;s and the EMC-counted online rate.</source>
        <translation>Báo cáo tỷ lệ hồ sơ trực tuyến theo cách tính của hệ thống giám sát quốc gia (docs/reports.md): hồ sơ kỳ trước chuyển sang và tiếp nhận mới trong kỳ, trực tuyến và trực tiếp hoặc qua bưu chính, với tỷ lệ trực tuyến theo hệ thống và theo EMC.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Ngày đầu kỳ.</translation>
    </message>
    <message>
        <source>Last day of the period (included).</source>
        <translation>Ngày cuối kỳ (tính cả ngày này).</translation>
    </message>
    <message>
        <source>Rows by: level, unit, field or procedure.</source>
        <translation>Nhóm theo: level (cấp), unit (đơn vị), field (lĩnh vực) hoặc procedure (thủ tục).</translation>
    </message>
    <message>
        <source>csv (default) or xlsx.</source>
        <translation>csv (mặc định) hoặc xlsx.</translation>
    </message>
    <message>
        <source>File to write; the CSV goes to the standard output without it.</source>
        <translation>Tệp cần ghi; nếu không có, CSV được in ra đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>Unexpected argument %1 (see --help).</source>
        <translation>Đối số không hợp lệ %1 (xem --help).</translation>
    </message>
    <message>
        <source>Give the first day of the period as --from YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</source>
        <translation>Hãy cho ngày đầu kỳ dạng --from YYYY-MM-DD, là một ngày có thật (không phải &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Give the last day of the period as --to YYYY-MM-DD, a date that exists (not &quot;%1&quot;).</source>
        <translation>Hãy cho ngày cuối kỳ dạng --to YYYY-MM-DD, là một ngày có thật (không phải &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2: swap them.</source>
        <translation>Kỳ bắt đầu ngày %1, sau ngày cuối kỳ %2: hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;: use level, unit, field or procedure.</source>
        <translation>Không có cách nhóm &quot;%1&quot;: hãy dùng level, unit, field hoặc procedure.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or xlsx.</source>
        <translation>Không có định dạng &quot;%1&quot;: hãy dùng csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>An Excel report needs a file to write: add --output FILE.xlsx.</source>
        <translation>Báo cáo Excel cần một tệp để ghi: hãy thêm --output TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>The report could not be written to the standard output (the disk may be full or the program reading it may have stopped). Write it to a file with --output FILE.csv instead.</source>
        <translation>Không ghi được báo cáo ra đầu ra chuẩn (ổ đĩa có thể đã đầy hoặc chương trình đang đọc đã dừng). Hãy ghi ra tệp bằng --output TỆP.csv.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The report could not be written (%1). Check the free space and try again.</source>
        <translation>Không ghi được báo cáo (%1). Hãy kiểm tra dung lượng trống rồi thử lại.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</source>
        <translation>Không lưu được báo cáo thành %1 (%2). Hãy kiểm tra thư mục có tồn tại, có quyền ghi và ổ đĩa còn chỗ trống, hoặc chọn tệp khác.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report cannot be made: the store holds a report key out of range. Tell the administrator.</source>
        <translation>Không lập được báo cáo: kho dữ liệu có khóa báo cáo ngoài phạm vi. Hãy báo quản trị viên.</translation>
    </message>
    <message>
        <source>The report period is not valid: give a first and a last day, the first not after the last.</source>
        <translation>Kỳ báo cáo không hợp lệ: hãy cho ngày đầu và ngày cuối kỳ, ngày đầu không sau ngày cuối.</translation>
    </message>
</context>
<context>
    <name>ReportStatement</name>
    <message>
        <source>The report cannot be made: the local store is not open.</source>
        <translation>Không lập được báo cáo: kho dữ liệu của quầy chưa mở.</translation>
    </message>
    <message>
        <source>The report could not be read from the local store. Try again; if it keeps failing, check the store with the administrator.</source>
        <translation>Không đọc được số liệu báo cáo từ kho của quầy. Hãy thử lại; nếu vẫn lỗi, hãy cùng quản trị viên kiểm tra kho dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ReportTrend</name>
    <message>
        <source>The trend needs a valid last day and between 1 and %1 months.</source>
        <translation>Diễn biến theo tháng cần một ngày cuối hợp lệ và từ 1 đến %1 tháng.</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>The report could not be saved as %1 (%2). Check that the folder exists, that you may write in it and that the disk has free space, or choose another file.</source>
        <translation>Không lưu được báo cáo thành %1 (%2). Hãy kiểm tra thư mục có tồn tại, có quyền ghi và ổ đĩa còn chỗ trống, hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>administrative level</source>
        <translation>cấp hành chính</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>thủ tục</translation>
    </message>
    <message>
        <source>Online dossiers from %1 to %2, by %3</source>
        <translation>Hồ sơ trực tuyến từ %1 đến %2, theo %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Direct and postal</source>
        <translation>Trực tiếp và bưu chính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Online rate (%)</source>
        <translation>Tỷ lệ trực tuyến (%)</translation>
    </message>
    <message>
        <source>Online with own account (EMC)</source>
        <translation>Trực tuyến bằng tài khoản công dân (EMC)</translation>
    </message>
    <message>
        <source>EMC rate (%)</source>
        <translation>Tỷ lệ theo EMC (%)</translation>
    </message>
    <message>
        <source>Assisted at the counter</source>
        <translation>Được hỗ trợ tại quầy</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Tài khoản được kích hoạt</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Online rate</source>
        <translation>Tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <source>Citizen satisfaction from %1 to %2, unit %3</source>
        <translation>Mức độ hài lòng của công dân từ %1 đến %2, đơn vị %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Số lượt đánh giá</translation>
    </message>
    <message>
        <source>Satisfied share (%)</source>
        <translation>Tỷ lệ hài lòng (%)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
</context>
<context>
    <name>ScanCheck</name>
    <message>
        <source>The file %1 cannot be read. Check that it is still there and try again.</source>
        <translation>Không đọc được tệp %1. Hãy kiểm tra xem tệp có còn ở đó không rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Scan the paper again.</source>
        <translation>Tệp %1 không có dữ liệu. Hãy quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; the limit is %3 MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>Tệp %1 có dung lượng %2 MB, vượt quá giới hạn %3 MB. Hãy quét lại với độ phân giải thấp hơn hoặc ở chế độ đen trắng.</translation>
    </message>
    <message>
        <source>The file %1 is a program, not a scan, whatever its name says. It was not attached. Scan the paper again.</source>
        <translation>Tệp %1 là một chương trình chứ không phải bản quét, dù tên tệp là gì. Tệp chưa được đính kèm. Hãy quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, JPEG or PNG scan (its content is %2). Save the scan as PDF, JPEG or PNG and attach it again.</source>
        <translation>Tệp %1 không phải là bản quét dạng PDF, JPEG hoặc PNG (nội dung tệp là %2). Hãy lưu bản quét dưới dạng PDF, JPEG hoặc PNG rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>The file %1 is cut short (incomplete copy or download). Scan or copy it again.</source>
        <translation>Tệp %1 bị thiếu dữ liệu (sao chép hoặc tải về chưa hoàn tất). Hãy quét hoặc sao chép lại.</translation>
    </message>
    <message>
        <source>The image %1 is damaged and cannot be read. Scan the paper again.</source>
        <translation>Ảnh %1 bị hỏng, không đọc được. Hãy quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The image %1 is %2 × %3 pixels; the limit is %4 per side. Scan it again at 300 dpi.</source>
        <translation>Ảnh %1 có kích thước %2 × %3 điểm ảnh, vượt quá giới hạn %4 điểm ảnh mỗi chiều. Hãy quét lại ở độ phân giải 300 dpi.</translation>
    </message>
</context>
<context>
    <name>SecretStreamReader</name>
    <message>
        <source>The backup cannot be opened: it is incomplete, was changed after it was written, or belongs to another desk whose keys this computer does not hold. Nothing was changed. Use another copy of the backup.</source>
        <translation>Không mở được bản sao lưu: bản sao lưu không đầy đủ, đã bị sửa sau khi ghi, hoặc thuộc quầy khác mà máy này không có khóa. Chưa có gì bị thay đổi. Hãy dùng một bản sao khác của bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The provincial system&apos;s address &quot;%1&quot; is not a web address (https://…). Nothing was sent. Ask your IT officer to set the address of the provincial system.</source>
        <translation>Địa chỉ hệ thống của tỉnh &quot;%1&quot; không phải địa chỉ web (https://…). Chưa gửi gì. Hãy đề nghị cán bộ CNTT đặt lại địa chỉ hệ thống của tỉnh.</translation>
    </message>
    <message>
        <source>The provincial system&apos;s address %1 does not use https: the password and the citizens&apos; data would cross the network unprotected, so motcua does not connect to it. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address (https://…).</source>
        <translation>Địa chỉ hệ thống của tỉnh %1 không dùng https: mật khẩu và dữ liệu của công dân sẽ truyền qua mạng mà không được bảo vệ, nên motcua không kết nối tới địa chỉ này. Chưa gửi gì và hồ sơ vẫn nằm trong hàng đợi. Hãy đề nghị cán bộ CNTT đặt địa chỉ https (https://…).</translation>
    </message>
</context>
<context>
    <name>StoreInspection</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>Không có kho dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>%1 is not a usable motcua store. Nothing was changed.</source>
        <translation>%1 không phải kho dữ liệu motcua dùng được. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>StoreUnlock</name>
    <message>
        <source>The keyring holds a key that is not this store&apos;s, so its personal data cannot be opened. Nothing has been changed. The IT officer can put the right key back from the desk&apos;s recovery code (motcua-cli keys restore); see the security guide.</source>
        <translation>Kho khóa (keyring) của máy đang giữ một khóa không phải của kho dữ liệu này nên không mở được dữ liệu cá nhân. Chưa có gì bị thay đổi. Cán bộ CNTT có thể khôi phục đúng khóa từ mã khôi phục của quầy (motcua-cli keys restore); xem hướng dẫn bảo mật.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>Provincial system URL.</source>
        <translation>Địa chỉ (URL) hệ thống của tỉnh.</translation>
    </message>
    <message>
        <source>Clerk&apos;s user name.</source>
        <translation>Tên đăng nhập của cán bộ.</translation>
    </message>
    <message>
        <source>motcua-cli: the server address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>motcua-cli: địa chỉ máy chủ &quot;%1&quot; không phải là URL http(s).</translation>
    </message>
    <message>
        <source>Sent: %1, already on the server: %2, waiting to be sent: %3, needing action: %4</source>
        <translation>Đã gửi: %1, đã có trên máy chủ: %2, đang chờ gửi: %3, cần xử lý: %4</translation>
    </message>
    <message>
        <source>Try every dossier not yet sent now, even those waiting for their next attempt.</source>
        <translation>Gửi ngay mọi hồ sơ chưa gửi, kể cả hồ sơ đang chờ lần thử tiếp theo.</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Lần thử tiếp theo: %1</translation>
    </message>
    <message>
        <source>Progress updates applied: %1</source>
        <translation>Đã cập nhật tiến độ: %1</translation>
    </message>
    <message>
        <source>Procedure catalogue updated to %1</source>
        <translation>Đã cập nhật danh mục thủ tục lên phiên bản %1</translation>
    </message>
    <message>
        <source>Needs action: %1	%2</source>
        <translation>Cần xử lý: %1	%2</translation>
    </message>
    <message>
        <source>Send the queued dossiers to the provincial system. The session kept in the keychain by an earlier sign-in is used while valid; otherwise the password is read from MOTCUA_PASSWORD or typed at the prompt.</source>
        <translation>Gửi các hồ sơ trong hàng đợi lên hệ thống của tỉnh. Phiên đăng nhập lưu trong kho khóa (keyring) của máy từ lần đăng nhập trước được dùng khi còn hiệu lực; nếu không, mật khẩu được lấy từ biến MOTCUA_PASSWORD hoặc nhập khi được hỏi.</translation>
    </message>
    <message>
        <source>The session kept for %1 is no longer valid. Run the command again and type the password.</source>
        <translation>Phiên đăng nhập đã lưu cho %1 không còn hiệu lực. Hãy chạy lại lệnh và nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Citizens&apos; ratings sent: %1</source>
        <translation>Đánh giá của công dân đã gửi: %1</translation>
    </message>
</context>
<context>
    <name>TlsGuard</name>
    <message>
        <source>its certificate was issued for another server name</source>
        <translation>chứng chỉ của máy chủ được cấp cho tên máy chủ khác</translation>
    </message>
    <message>
        <source>its certificate has expired</source>
        <translation>chứng chỉ của máy chủ đã hết hạn</translation>
    </message>
    <message>
        <source>its certificate is not valid yet (check this computer&apos;s date and time)</source>
        <translation>chứng chỉ của máy chủ chưa đến thời điểm có hiệu lực (hãy kiểm tra ngày giờ của máy tính này)</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>chứng chỉ của máy chủ đã bị thu hồi</translation>
    </message>
    <message>
        <source>its certificate is not issued by an authority this computer trusts</source>
        <translation>chứng chỉ của máy chủ không do tổ chức cấp chứng chỉ mà máy tính này tin cậy cấp</translation>
    </message>
    <message>
        <source>its certificate is not acceptable</source>
        <translation>chứng chỉ của máy chủ không được chấp nhận</translation>
    </message>
    <message>
        <source>The connection to the provincial system at %1 is not safe: %2. Nothing was sent and the dossiers stay queued. Do not try to work around this: call your IT officer.</source>
        <translation>Kết nối tới hệ thống của tỉnh tại %1 không an toàn: %2. Chưa gửi gì và hồ sơ vẫn nằm trong hàng đợi. Không tìm cách vượt qua lỗi này: hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Certificate pins are set for this desk, but the provincial system&apos;s address %1 does not use https, so they cannot be checked. Nothing was sent and the dossiers stay queued. Ask your IT officer to set an https address.</source>
        <translation>Quầy này đã được đặt ghim chứng chỉ, nhưng địa chỉ hệ thống của tỉnh %1 không dùng https nên không kiểm tra được ghim. Chưa gửi gì và hồ sơ vẫn nằm trong hàng đợi. Hãy đề nghị cán bộ CNTT đặt địa chỉ https.</translation>
    </message>
    <message>
        <source>The certificate pin set for this desk (pin_sha256 in the [server] section of settings.ini) cannot be read: &quot;%1&quot;. Nothing was sent and the dossiers stay queued. Ask your IT officer to correct it.</source>
        <translation>Không đọc được ghim chứng chỉ đặt cho quầy này (pin_sha256 trong mục [server] của settings.ini): &quot;%1&quot;. Chưa gửi gì và hồ sơ vẫn nằm trong hàng đợi. Hãy đề nghị cán bộ CNTT sửa lại.</translation>
    </message>
    <message>
        <source>its certificate is not the one this desk was set up to trust (certificate pin)</source>
        <translation>chứng chỉ của máy chủ không phải chứng chỉ mà quầy này được thiết lập để tin cậy (ghim chứng chỉ)</translation>
    </message>
    <message>
        <source>a secure connection could not be set up with it</source>
        <translation>không thiết lập được kết nối an toàn với máy chủ</translation>
    </message>
</context>
<context>
    <name>UnitCsv</name>
    <message>
        <source>a closing quote must be followed by a comma or the end of the line; double a quote that is part of the value.</source>
        <translation>sau dấu ngoặc kép đóng phải là dấu phẩy hoặc hết dòng; dấu ngoặc kép nằm trong giá trị phải được viết đôi.</translation>
    </message>
    <message>
        <source>a quoted value is not closed; add the closing quote.</source>
        <translation>giá trị trong ngoặc kép chưa được đóng; hãy thêm dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>dòng %1, cột %2 (%3): %4</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check the name and that it is a file.</source>
        <translation>Không đọc được tệp %1 (%2). Hãy kiểm tra tên tệp và đó đúng là một tệp.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of units (more than 64 MiB). Check that it is the right file.</source>
        <translation>Tệp %1 quá lớn so với một danh sách đơn vị (hơn 64 MiB). Hãy kiểm tra có đúng tệp không.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save the list as CSV in UTF-8 and import it again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu danh sách thành CSV mã UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header code,name,level,parent_code,valid_from,valid_to.</source>
        <translation>tệp trống; dòng đầu phải là dòng tiêu đề code,name,level,parent_code,valid_from,valid_to.</translation>
    </message>
    <message>
        <source>the header must be exactly code,name,level,parent_code,valid_from,valid_to; correct the first line.</source>
        <translation>dòng tiêu đề phải đúng là code,name,level,parent_code,valid_from,valid_to; hãy sửa dòng đầu.</translation>
    </message>
    <message>
        <source>the line has %1 columns instead of 6; put quotes around a value that contains a comma.</source>
        <translation>dòng này có %1 cột thay vì 6; hãy đặt giá trị có dấu phẩy trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</source>
        <translation>“%1” không phải là cấp; hãy ghi 1 hoặc province, 2 hoặc district, 3 hoặc commune.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, or leave it empty when the version has no end there.</source>
        <translation>“%1” không phải ngày; hãy ghi dạng YYYY-MM-DD, hoặc để trống nếu phiên bản không giới hạn ở đầu đó.</translation>
    </message>
    <message>
        <source>the file holds no unit; the list in place was kept. Add the units after the header, one version per line, or check that it is the right file.</source>
        <translation>tệp không có đơn vị nào; danh sách hiện có được giữ nguyên. Hãy thêm các đơn vị sau dòng tiêu đề, mỗi dòng một phiên bản, hoặc kiểm tra có đúng tệp không.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>The new list holds no unit, so the list in place was kept. Import the official list of units, with at least one line after the header.</source>
        <translation>Danh sách mới không có đơn vị nào nên danh sách hiện có được giữ nguyên. Hãy nhập danh sách đơn vị chính thức, có ít nhất một dòng sau dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The new list has %1 at level %2 on %3, but dossier history imported earlier has dossiers received at %1 that day at level %4 (their CapDonVi); %5 imported dossiers in all disagree with the new list. The list in place was kept: correct the new list, or re-import that history with the right CapDonVi.</source>
        <translation>Theo danh sách mới, %1 là cấp %2 vào ngày %3, nhưng lịch sử hồ sơ đã nhập có hồ sơ do %1 tiếp nhận ngày đó ở cấp %4 (theo CapDonVi); tổng cộng %5 hồ sơ đã nhập không khớp với danh sách mới. Danh sách hiện có được giữ nguyên: hãy sửa danh sách mới, hoặc nhập lại lịch sử đó với CapDonVi đúng.</translation>
    </message>
</context>
<context>
    <name>UnitsCommand</name>
    <message>
        <source>Usage: motcua-cli units import FILE.csv | units list [--on YYYY-MM-DD] | units set CODE --name NAME --level LEVEL [--parent CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] (see --help).</source>
        <translation>Cách dùng: motcua-cli units import TỆP.csv | units list [--on YYYY-MM-DD] | units set MÃ --name TÊN --level CẤP [--parent MÃ] [--from YYYY-MM-DD] [--to YYYY-MM-DD] (xem --help).</translation>
    </message>
    <message>
        <source>Replaced the list of administrative units with %1 versions from %2; %3 dossiers of this desk changed level.</source>
        <translation>Đã thay danh sách đơn vị hành chính bằng %1 phiên bản từ %2; %3 hồ sơ của quầy được cập nhật cấp.</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--on: “%1” không phải ngày; hãy ghi dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a level; write 1 or province, 2 or district, 3 or commune.</source>
        <translation>“%1” không phải là cấp; hãy ghi 1 hoặc province, 2 hoặc district, 3 hoặc commune.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, or leave it out for an open end.</source>
        <translation>“%1” không phải ngày; hãy ghi dạng YYYY-MM-DD, hoặc bỏ trống nếu không giới hạn.</translation>
    </message>
    <message>
        <source>%1 has %2 versions; say which one with --from.</source>
        <translation>%1 có %2 phiên bản; hãy chỉ rõ phiên bản bằng --from.</translation>
    </message>
    <message>
        <source>the change would make the version of %1 from %2 wrong: %3</source>
        <translation>thay đổi này làm phiên bản của %1 từ ngày %2 bị sai: %3</translation>
    </message>
    <message>
        <source>Changed the version of %1 from %2; %3 dossiers of this desk changed level.</source>
        <translation>Đã sửa phiên bản của %1 từ ngày %2; %3 hồ sơ của quầy được cập nhật cấp.</translation>
    </message>
    <message>
        <source>Added the version of %1 from %2; %3 dossiers of this desk changed level.</source>
        <translation>Đã thêm phiên bản của %1 từ ngày %2; %3 hồ sơ của quầy được cập nhật cấp.</translation>
    </message>
    <message>
        <source>Administrative units as data (docs/units-and-import.md).
import FILE.csv: replaces the whole list with the file (all or nothing).
list [--on DAY]: the versions on the list, or those valid on DAY.
set CODE --name NAME --level LEVEL [--parent CODE] [--from DAY] [--to DAY]: adds or changes the version of CODE that starts on --from.</source>
        <translation>Danh sách đơn vị hành chính (docs/units-and-import.md).
import TỆP.csv: thay toàn bộ danh sách bằng tệp (tất cả hoặc không gì cả).
list [--on NGÀY]: các phiên bản trong danh sách, hoặc các phiên bản còn hiệu lực vào NGÀY.
set MÃ --name TÊN --level CẤP [--parent MÃ] [--from NGÀY] [--to NGÀY]: thêm hoặc sửa phiên bản của MÃ bắt đầu từ --from.</translation>
    </message>
    <message>
        <source>import FILE | list | set CODE</source>
        <translation>import TỆP | list | set MÃ</translation>
    </message>
    <message>
        <source>Only the versions valid on this day.</source>
        <translation>Chỉ các phiên bản còn hiệu lực vào ngày này.</translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation>Tên đơn vị.</translation>
    </message>
    <message>
        <source>1 or province, 2 or district, 3 or commune.</source>
        <translation>1 hoặc province (tỉnh), 2 hoặc district (huyện), 3 hoặc commune (xã).</translation>
    </message>
    <message>
        <source>The code of the unit above it.</source>
        <translation>Mã đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>First day of the version (empty: since always).</source>
        <translation>Ngày đầu của phiên bản (để trống: từ trước đến nay).</translation>
    </message>
    <message>
        <source>Last day of the version (empty: still valid).</source>
        <translation>Ngày cuối của phiên bản (để trống: vẫn còn hiệu lực).</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>A protected record cannot be opened: it was changed outside motcua or belongs to another store. Nothing was changed; call the IT officer.</source>
        <translation>Không mở được một bản ghi được bảo vệ: bản ghi đã bị sửa ngoài motcua hoặc thuộc kho dữ liệu khác. Chưa có gì bị thay đổi; hãy gọi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>This is not the desk&apos;s recovery code, or it was typed with a mistake: it has 17 groups of hexadecimal digits (0-9, A-F). Check each group and try again.</source>
        <translation>Đây không phải mã khôi phục của quầy, hoặc mã bị nhập sai: mã gồm 17 nhóm chữ số thập lục phân (0-9, A-F). Hãy kiểm tra từng nhóm rồi thử lại.</translation>
    </message>
    <message>
        <source>The store&apos;s key has not been loaded from the keyring, so personal data cannot be read or written. Restart motcua; if it keeps happening, call the IT officer.</source>
        <translation>Chưa nạp được khóa của kho dữ liệu từ kho khóa (keyring) của máy nên không đọc hoặc ghi được dữ liệu cá nhân. Hãy khởi động lại motcua; nếu vẫn bị, hãy gọi cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Day off (official list)</source>
        <translation>Ngày nghỉ (theo danh sách chính thức)</translation>
    </message>
</context>
<context>
    <name>motcua::IdentityController</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Kho dữ liệu cục bộ chưa được mở.</translation>
    </message>
</context>
<context>
    <name>motcua::ProvincialApi</name>
    <message>
        <source>Cannot reach the provincial system at %1 (%2). The dossiers stay queued and will be sent when the connection returns.</source>
        <translation>Không kết nối được với hệ thống của tỉnh tại %1 (%2). Các hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>The provincial system refused the sign-in: %1. Check the user name and password, then sync again.</source>
        <translation>Hệ thống của tỉnh từ chối đăng nhập: %1. Hãy kiểm tra tên đăng nhập và mật khẩu, rồi đồng bộ lại.</translation>
    </message>
    <message>
        <source>The provincial system had an internal error (HTTP %1). The dossiers stay queued and will be sent again later.</source>
        <translation>Hệ thống của tỉnh gặp lỗi nội bộ (HTTP %1). Các hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi lại sau.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read (HTTP %1). The dossiers stay queued and will be sent again later; if it persists, tell your IT officer.</source>
        <translation>Hệ thống của tỉnh trả về phản hồi mà motcua không đọc được (HTTP %1). Các hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi lại sau; nếu vẫn lỗi, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The provincial system refused the request (HTTP %1): %2. Tell your IT officer.</source>
        <translation>Hệ thống của tỉnh từ chối yêu cầu (HTTP %1): %2. Hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The provincial system accepted the sign-in but sent no session. Tell your IT officer.</source>
        <translation>Hệ thống của tỉnh đã chấp nhận đăng nhập nhưng không trả về phiên làm việc. Hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The provincial system answered for %1 of %2 dossiers. They stay queued and will be sent again later.</source>
        <translation>Hệ thống của tỉnh chỉ phản hồi cho %1 trên %2 hồ sơ. Các hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi lại sau.</translation>
    </message>
    <message>
        <source>The provincial system sent an answer motcua cannot read. The dossiers stay queued and will be sent again later.</source>
        <translation>Hệ thống của tỉnh trả về phản hồi mà motcua không đọc được. Các hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi lại sau.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncEngine</name>
    <message>
        <source>The provincial system did not answer for this dossier. It will be sent again.</source>
        <translation>Hệ thống của tỉnh không phản hồi cho hồ sơ này. Hồ sơ sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>The provincial system already holds this dossier with different content (%1). Check the dossier with your supervisor before sending it again.</source>
        <translation>Hệ thống của tỉnh đã có hồ sơ này nhưng với nội dung khác (%1). Hãy kiểm tra lại hồ sơ với lãnh đạo bộ phận trước khi gửi lại.</translation>
    </message>
    <message>
        <source>The provincial system refused this dossier (%1). Correct it, or tell your IT officer.</source>
        <translation>Hệ thống của tỉnh từ chối hồ sơ này (%1). Hãy sửa hồ sơ, hoặc báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Another sync of this desk&apos;s queue is running. Try again when it has finished.</source>
        <translation>Một lần đồng bộ khác của hàng đợi quầy này đang chạy. Hãy thử lại khi lần đó kết thúc.</translation>
    </message>
    <message>
        <source>The upload of a scan was interrupted. It will resume from where it stopped at the next sync.</source>
        <translation>Việc gửi bản quét bị gián đoạn. Lần đồng bộ tới sẽ gửi tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>The provincial system does not have all the scans of this dossier yet. They will be sent again at the next sync.</source>
        <translation>Hệ thống của tỉnh chưa có đủ bản quét của hồ sơ này. Sẽ gửi lại ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>The record of this dossier in the local store is damaged and cannot be sent. Keep the desk as it is and call your IT officer, who can restore it from a backup.</source>
        <translation>Bản ghi của hồ sơ này trong kho của quầy bị hỏng nên không gửi được. Hãy giữ nguyên máy và gọi cán bộ CNTT để khôi phục từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ApplicantForm</name>
    <message>
        <source>12 digits — or scan the chip card&apos;s QR code</source>
        <translation>12 chữ số — hoặc quét mã QR trên thẻ CCCD gắn chip</translation>
    </message>
    <message>
        <source>9-digit old ID card number, if any (never required)</source>
        <translation>Số CMND cũ 9 chữ số, nếu có (không bắt buộc)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Old ID number:</source>
        <translation>Số CMN&amp;D cũ:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>ID number (&amp;CCCD):</source>
        <translation>Số định danh (&amp;CCCD):</translation>
    </message>
    <message>
        <source>Dat&amp;e of birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điệ&amp;n thoại:</translation>
    </message>
</context>
<context>
    <name>motcua::ui::CitizenWindow</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>motcua — for the citizen</source>
        <translation>motcua — màn hình dành cho công dân</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Mã xác thực một lần (OTP)</translation>
    </message>
    <message>
        <source>Welcome to the one-stop counter</source>
        <translation>Chào mừng Ông/Bà đến với Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The clerk will help you. What you need to read or confirm will appear on this screen.</source>
        <translation>Cán bộ sẽ hỗ trợ Ông/Bà. Những nội dung Ông/Bà cần đọc hoặc xác nhận sẽ hiển thị trên màn hình này.</translation>
    </message>
    <message>
        <source>Activate your VNeID account</source>
        <translation>Kích hoạt tài khoản VNeID</translation>
    </message>
    <message>
        <source>A 6-digit code was sent by SMS to your phone %1. Type it below and press Confirm. Do not tell the code to anyone, including the clerk.</source>
        <translation>Mã xác thực gồm 6 chữ số đã được gửi qua tin nhắn SMS đến số điện thoại %1 của Ông/Bà. Hãy nhập mã vào ô bên dưới và bấm Xác nhận. Không cung cấp mã này cho bất kỳ ai, kể cả cán bộ.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Chưa hoàn tất</translation>
    </message>
    <message>
        <source>The code has 6 digits. Please type all of them.</source>
        <translation>Mã gồm 6 chữ số. Vui lòng nhập đủ cả 6 chữ số.</translation>
    </message>
    <message>
        <source>The code has expired. The clerk can send you a new one.</source>
        <translation>Mã đã hết hạn. Cán bộ có thể gửi cho Ông/Bà mã mới.</translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>Mã còn hiệu lực trong %1:%2.</translation>
    </message>
    <message>
        <source>I agree: send me a code to confirm</source>
        <translation>Tôi đồng ý: gửi mã để tôi xác nhận</translation>
    </message>
    <message>
        <source>Agree to the dossier shown and receive a one-time code</source>
        <translation>Đồng ý với hồ sơ đang hiển thị và nhận mã xác thực một lần</translation>
    </message>
    <message>
        <source>Please check your dossier</source>
        <translation>Xin ông/bà kiểm tra hồ sơ của mình</translation>
    </message>
    <message>
        <source>Confirm your dossier</source>
        <translation>Xác nhận hồ sơ của ông/bà</translation>
    </message>
    <message>
        <source>A 6-digit code was sent by SMS to your phone %1. Type it below to submit the dossier under your own account. Do not tell the code to anyone, including the clerk.</source>
        <translation>Mã gồm 6 chữ số đã được gửi bằng tin nhắn đến số điện thoại %1 của ông/bà. Xin nhập mã bên dưới để nộp hồ sơ bằng tài khoản của chính mình. Không cho ai biết mã này, kể cả cán bộ.</translation>
    </message>
    <message>
        <source>The clerk prepared this dossier with you. If it is right, press the button. The dossier is submitted online under your own account only with your confirmation: the code sent to your account&apos;s phone, typed here — or this button alone if you have just activated your account at this counter.</source>
        <translation>Cán bộ đã cùng ông/bà chuẩn bị hồ sơ này. Nếu đúng, xin bấm nút bên dưới. Hồ sơ chỉ được nộp trực tuyến bằng tài khoản của chính ông/bà khi ông/bà xác nhận: nhập tại đây mã được gửi đến số điện thoại của tài khoản — hoặc chỉ cần bấm nút này nếu ông/bà vừa kích hoạt tài khoản tại quầy.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ConfirmStep</name>
    <message>
        <source>Show on the &amp;citizen&apos;s screen and ask to confirm</source>
        <translation>Hiển thị trên &amp;màn hình công dân và đề nghị xác nhận</translation>
    </message>
    <message>
        <source>Queue as &amp;awaiting the citizen&apos;s confirmation</source>
        <translation>Đưa vào hàng đợi, &amp;chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Record as &amp;direct intake instead</source>
        <translation>Chuyển sang tiếp nhận &amp;trực tiếp</translation>
    </message>
    <message>
        <source>When the desk is offline: the provincial system asks the citizen to confirm from their own phone after the next sync. Until they do, the dossier is not counted as online.</source>
        <translation>Khi quầy mất kết nối: sau lần đồng bộ tới, hệ thống của tỉnh sẽ đề nghị công dân xác nhận trên điện thoại của chính mình. Khi công dân chưa xác nhận, hồ sơ chưa được tính là hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>Direct intake: the clerk records this dossier. It is filed as received at the counter and is NOT counted as submitted online.</source>
        <translation>Tiếp nhận trực tiếp: cán bộ ghi nhận hồ sơ này. Hồ sơ được ghi là tiếp nhận tại quầy và KHÔNG được tính là hồ sơ nộp trực tuyến.</translation>
    </message>
    <message>
        <source>The citizen confirmed this dossier with their own account. Save it.</source>
        <translation>Công dân đã xác nhận hồ sơ bằng tài khoản của chính mình. Hãy lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Online submission under the citizen&apos;s own account: show the summary on the citizen&apos;s screen. The citizen reads it, agrees, and types the code sent to their phone. You never need that code.</source>
        <translation>Nộp trực tuyến bằng tài khoản của chính công dân: hãy hiển thị bản tóm tắt trên màn hình công dân. Công dân đọc, đồng ý và nhập mã được gửi đến điện thoại của mình. Cán bộ không bao giờ cần biết mã đó.</translation>
    </message>
    <message>
        <source>The summary is on the citizen&apos;s screen. Waiting for the citizen to agree…</source>
        <translation>Bản tóm tắt đang hiển thị trên màn hình công dân. Đang chờ công dân đồng ý…</translation>
    </message>
    <message>
        <source>Please wait: the clerk must sign in first.</source>
        <translation>Xin chờ: cán bộ cần đăng nhập trước.</translation>
    </message>
    <message>
        <source>Asking the provincial system to send the citizen a code…</source>
        <translation>Đang đề nghị hệ thống của tỉnh gửi mã cho công dân…</translation>
    </message>
    <message>
        <source>Your dossier could not be confirmed now. The clerk will tell you what happens next.</source>
        <translation>Hiện chưa xác nhận được hồ sơ. Cán bộ sẽ hướng dẫn ông/bà bước tiếp theo.</translation>
    </message>
    <message>
        <source>%1
The desk is offline: queue the dossier as awaiting the citizen&apos;s confirmation, or record direct intake.</source>
        <translation>%1
Quầy đang mất kết nối: hãy đưa hồ sơ vào hàng đợi chờ công dân xác nhận, hoặc ghi nhận tiếp nhận trực tiếp.</translation>
    </message>
    <message>
        <source>Thank you. Your dossier is confirmed under your own account.</source>
        <translation>Cảm ơn ông/bà. Hồ sơ đã được xác nhận bằng tài khoản của chính ông/bà.</translation>
    </message>
    <message>
        <source>The citizen confirmed this dossier with their own account (just activated). Save it.</source>
        <translation>Công dân đã xác nhận hồ sơ bằng tài khoản của chính mình (vừa kích hoạt). Hãy lưu hồ sơ.</translation>
    </message>
    <message>
        <source>A code was sent to %1. The citizen types it on their screen.</source>
        <translation>Đã gửi mã đến %1. Công dân nhập mã trên màn hình của mình.</translation>
    </message>
    <message numerus="yes">
        <source>The citizen typed a wrong code (%n attempt(s) left).</source>
        <translation>
            <numerusform>Công dân đã nhập sai mã (còn %n lần thử).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new code was sent to %1.</source>
        <translation>Đã gửi mã mới đến %1.</translation>
    </message>
    <message>
        <source>Your dossier will be sent when the connection returns. You will receive a message on your phone: confirm it there with your own account.</source>
        <translation>Hồ sơ sẽ được gửi khi có kết nối trở lại. Ông/bà sẽ nhận được tin nhắn trên điện thoại: xin xác nhận tại đó bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Queued as awaiting the citizen&apos;s confirmation: the citizen confirms from their own phone after the next sync. Until then it is not counted as online.</source>
        <translation>Đã đưa vào hàng đợi chờ công dân xác nhận: công dân xác nhận trên điện thoại của mình sau lần đồng bộ tới. Trước đó hồ sơ chưa được tính là trực tuyến.</translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation>&amp;Gửi lại mã</translation>
    </message>
    <message>
        <source>The citizen has no active account, so they could not confirm from their phone. Help them activate it, or record direct intake.</source>
        <translation>Công dân chưa có tài khoản đang hoạt động nên không thể xác nhận trên điện thoại. Hãy hỗ trợ kích hoạt tài khoản, hoặc ghi nhận tiếp nhận trực tiếp.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DayEndPage</name>
    <message>
        <source>Only this des&amp;k</source>
        <translation>&amp;Chỉ quầy này</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Day to close</source>
        <translation>Ngày chốt số liệu</translation>
    </message>
    <message>
        <source>Only the dossiers received at this desk</source>
        <translation>Chỉ hồ sơ tiếp nhận tại quầy này</translation>
    </message>
    <message>
        <source>Compute the figures again (Ctrl+R)</source>
        <translation>Tính lại số liệu (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the day-end summary as a PDF file (Ctrl+Shift+S)</source>
        <translation>Lưu bản tổng kết cuối ngày thành tệp PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Dossiers received on the day</source>
        <translation>Hồ sơ tiếp nhận trong ngày</translation>
    </message>
    <message>
        <source>Direct at the desk</source>
        <translation>Trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online, confirmed by the citizen</source>
        <translation>Trực tuyến, công dân đã xác nhận</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation</source>
        <translation>Trực tuyến, chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Online, no confirmation by the citizen recorded</source>
        <translation>Trực tuyến, chưa ghi nhận xác nhận của công dân</translation>
    </message>
    <message>
        <source>Received in all</source>
        <translation>Tổng số tiếp nhận</translation>
    </message>
    <message>
        <source>The day as the online-rate report counts it</source>
        <translation>Số liệu trong ngày theo cách tính của báo cáo tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <source>Online share</source>
        <translation>Tỷ lệ trực tuyến</translation>
    </message>
    <message>
        <source>Counted by the national monitor (citizen&apos;s own account)</source>
        <translation>Theo cách tính của hệ thống giám sát quốc gia (tài khoản của chính công dân)</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Tài khoản được kích hoạt</translation>
    </message>
    <message>
        <source>Still to do at the desk</source>
        <translation>Việc còn tồn tại quầy</translation>
    </message>
    <message>
        <source>Awaiting the citizen&apos;s confirmation</source>
        <translation>Chờ công dân xác nhận</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Failures needing action</source>
        <translation>Lỗi cần xử lý</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Enter or double-click: show the dossier in the queue</source>
        <translation>Enter hoặc nhấp đúp: xem hồ sơ trong hàng đợi</translation>
    </message>
    <message>
        <source>F&amp;ailures needing action, oldest first:</source>
        <translation>&amp;Lỗi cần xử lý, cũ nhất trước:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Of %1 dossiers handled on the day (%2 carried over: received earlier, still open when the day began; %3 received), %4 online, %5 of them with the citizen&apos;s own account.</source>
        <translation>Trong %1 hồ sơ phải giải quyết trong ngày (%2 hồ sơ kỳ trước chuyển sang: tiếp nhận trước đó, chưa giải quyết xong khi bắt đầu ngày; %3 hồ sơ tiếp nhận mới), %4 hồ sơ trực tuyến, trong đó %5 hồ sơ nộp bằng tài khoản của chính công dân.</translation>
    </message>
    <message>
        <source>%1, unit %2%3 · computed at %4</source>
        <translation>%1, đơn vị %2%3 · tính lúc %4</translation>
    </message>
    <message>
        <source>, desk %1</source>
        <translation>, quầy %1</translation>
    </message>
    <message>
        <source>day-end-%1.pdf</source>
        <translation>tong-ket-cuoi-ngay-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day-end summary</source>
        <translation>Lưu bản tổng kết cuối ngày</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <source>The day-end summary was saved as %1.</source>
        <translation>Đã lưu bản tổng kết cuối ngày thành %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::DeskSettingsForm</name>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Chu kỳ đồng bộ (phút)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Thời hạn lưu giữ (ngày)</translation>
    </message>
    <message>
        <source>Keep for ever</source>
        <translation>Giữ vĩnh viễn</translation>
    </message>
    <message>
        <source>Offline sign-in days</source>
        <translation>Số ngày cho phép đăng nhập ngoại tuyến</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Khóa quầy khi không dùng (phút)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Lư&amp;u thiết lập</translation>
    </message>
    <message>
        <source>Provincial system address</source>
        <translation>Địa chỉ hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>Certificate pins</source>
        <translation>Mã ghim chứng thư</translation>
    </message>
    <message>
        <source>One pin a line (base64 SHA-256 of the server&apos;s key); none: the system&apos;s trusted certificates</source>
        <translation>Mỗi dòng một mã ghim (SHA-256 dạng base64 của khóa máy chủ); để trống: dùng các chứng thư được hệ thống tin cậy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Provincial system</source>
        <translation>Hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Certificate &amp;pins:</source>
        <translation>Mã &amp;ghim chứng thư:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Đồng bộ &amp;mỗi:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit name printed on receipts</source>
        <translation>Tên đơn vị in trên giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Desk number</source>
        <translation>Số quầy</translation>
    </message>
    <message>
        <source>Each desk of a unit needs its own number (1 to 4 letters or digits): it is part of every dossier code.</source>
        <translation>Mỗi quầy của một đơn vị cần một số riêng (1 đến 4 chữ cái hoặc chữ số): số này nằm trong mọi mã hồ sơ.</translation>
    </message>
    <message>
        <source>Unit and desk</source>
        <translation>Đơn vị và quầy</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Name on receipts:</source>
        <translation>Tên trên giấy t&amp;iếp nhận:</translation>
    </message>
    <message>
        <source>Des&amp;k number:</source>
        <translation>&amp;Số quầy:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Keep personal data of sent dossiers &amp;for:</source>
        <translation>Giữ dữ liệu cá nhân của hồ sơ đã gửi t&amp;rong:</translation>
    </message>
    <message>
        <source>Allow &amp;offline sign-in for:</source>
        <translation>Cho phép đăng nhập ngoại tu&amp;yến trong:</translation>
    </message>
    <message>
        <source>&amp;Lock the desk when idle for:</source>
        <translation>&amp;Khóa quầy khi không dùng sau:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not on the list of units)</source>
        <translation>%1 (không có trong danh sách đơn vị)</translation>
    </message>
    <message>
        <source>This desk&apos;s store knows no units yet: load the official list with motcua-cli units import FILE.</source>
        <translation>Kho dữ liệu của quầy chưa có đơn vị hành chính nào: hãy nạp danh sách chính thức bằng lệnh motcua-cli units import TỆP.</translation>
    </message>
    <message>
        <source>The certificate pin &quot;%1&quot; cannot be read: a pin is the base64 SHA-256 of the server&apos;s key (44 characters). Nothing was saved.</source>
        <translation>Không đọc được mã ghim chứng thư &quot;%1&quot;: mã ghim là SHA-256 dạng base64 của khóa máy chủ (44 ký tự). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Certificate pins can only be checked on an https address. Nothing was saved.</source>
        <translation>Mã ghim chứng thư chỉ kiểm tra được với địa chỉ https. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Choose the unit, its name on receipts and a desk number of 1 to 4 letters or digits. Nothing was saved.</source>
        <translation>Hãy chọn đơn vị, tên in trên giấy tiếp nhận và số quầy gồm 1 đến 4 chữ cái hoặc chữ số. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saved. motcua uses the new settings when it is started again.</source>
        <translation>Đã lưu. motcua dùng thiết lập mới khi được khởi động lại.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::FeesStep</name>
    <message>
        <source>Quantity the fee is charged on</source>
        <translation>Số lượng dùng để tính phí, lệ phí</translation>
    </message>
    <message>
        <source>Exemption grounds the applicant has (check the papers proving them)</source>
        <translation>Căn cứ miễn phí, lệ phí của người nộp (kiểm tra giấy tờ chứng minh)</translation>
    </message>
    <message>
        <source>&amp;Quantity (copies, pages…):</source>
        <translation>&amp;Số lượng (bản, trang…):</translation>
    </message>
    <message>
        <source>No fee policy is installed: the catalogue&apos;s fees apply with no reduction.</source>
        <translation>Chưa cài chính sách phí: áp dụng mức phí trong danh mục, không giảm.</translation>
    </message>
    <message>
        <source>Fee policy %1 (SAMPLE shipped with motcua: ask the admin to install the province&apos;s own).</source>
        <translation>Chính sách phí %1 (MẪU kèm theo motcua: đề nghị quản trị viên cài chính sách của tỉnh).</translation>
    </message>
    <message>
        <source>Fee policy %1 of %2.</source>
        <translation>Chính sách phí %1 của %2.</translation>
    </message>
    <message>
        <source>This procedure has no fee.</source>
        <translation>Thủ tục này không thu phí, lệ phí.</translation>
    </message>
    <message>
        <source>%1: %2 đồng</source>
        <translation>%1: %2 đồng</translation>
    </message>
    <message>
        <source>To pay: %1 đồng</source>
        <translation>Phải nộp: %1 đồng</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Đã áp dụng: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IdentityPanel</name>
    <message>
        <source>Look the citizen up in the population register (Ctrl+K)</source>
        <translation>Tra cứu công dân trong Cơ sở dữ liệu quốc gia về dân cư (Ctrl+K)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>phương thức không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Checking with the population register…</source>
        <translation>Đang đối chiếu với Cơ sở dữ liệu quốc gia về dân cư…</translation>
    </message>
    <message>
        <source>Unknown — check when online. This citizen was never checked from this desk and the provincial system cannot be reached.
%1</source>
        <translation>Chưa rõ — hãy kiểm tra khi có mạng. Công dân này chưa từng được kiểm tra từ quầy này và hiện không kết nối được với hệ thống của tỉnh.
%1</translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE — this is the last answer seen, from %1 (%n day(s) ago). Check again when online.</source>
        <translation>
            <numerusform>NGOẠI TUYẾN — đây là kết quả gần nhất, lúc %1 (cách đây %n ngày). Hãy kiểm tra lại khi có mạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked with the population register at %1.</source>
        <translation>Đã đối chiếu với Cơ sở dữ liệu quốc gia về dân cư lúc %1.</translation>
    </message>
    <message>
        <source>Not found in the population register. Check the ID number with the card.</source>
        <translation>Không tìm thấy trong Cơ sở dữ liệu quốc gia về dân cư. Hãy đối chiếu số định danh với thẻ.</translation>
    </message>
    <message>
        <source>Found in the population register.</source>
        <translation>Có trong Cơ sở dữ liệu quốc gia về dân cư.</translation>
    </message>
    <message>
        <source>The name differs from the register (%1). Check it with the card.</source>
        <translation>Họ tên khác với dữ liệu dân cư (%1). Hãy đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>The date of birth differs from the register (%1).</source>
        <translation>Ngày sinh khác với dữ liệu dân cư (%1).</translation>
    </message>
    <message>
        <source>The sex differs from the register.</source>
        <translation>Giới tính khác với dữ liệu dân cư.</translation>
    </message>
    <message>
        <source>Name, date of birth and sex match the register.</source>
        <translation>Họ tên, ngày sinh và giới tính khớp với dữ liệu dân cư.</translation>
    </message>
    <message>
        <source>No VNeID account: help the citizen activate one.</source>
        <translation>Chưa có tài khoản VNeID: hãy hỗ trợ công dân kích hoạt.</translation>
    </message>
    <message>
        <source>VNeID active, level %1: the citizen can log in and submit with their own account.</source>
        <translation>VNeID đã kích hoạt, mức độ %1: công dân có thể tự đăng nhập và nộp hồ sơ bằng tài khoản của mình.</translation>
    </message>
    <message>
        <source>VNeID registered but not activated: help the citizen activate it.</source>
        <translation>VNeID đã đăng ký nhưng chưa kích hoạt: hãy hỗ trợ công dân kích hoạt.</translation>
    </message>
    <message>
        <source>VNeID %1: the citizen cannot log in with it now.</source>
        <translation>VNeID %1: hiện công dân không thể đăng nhập bằng tài khoản này.</translation>
    </message>
    <message>
        <source>Older account methods on record (no longer accepted for individuals): %1</source>
        <translation>Các phương thức tài khoản cũ đã ghi nhận (không còn được chấp nhận đối với cá nhân): %1</translation>
    </message>
    <message>
        <source>Asking the provincial system to send a code to the citizen&apos;s phone…</source>
        <translation>Đang đề nghị hệ thống của tỉnh gửi mã đến điện thoại của công dân…</translation>
    </message>
    <message>
        <source>A code was sent to %1. The citizen types it on their screen; you never need it.</source>
        <translation>Đã gửi mã đến %1. Công dân tự nhập mã trên màn hình của mình; cán bộ không cần biết mã này.</translation>
    </message>
    <message>
        <source>A new code was sent to %1.</source>
        <translation>Đã gửi mã mới đến %1.</translation>
    </message>
    <message>
        <source>Account activated (VNeID level %1).</source>
        <translation>Đã kích hoạt tài khoản (VNeID mức độ %1).</translation>
    </message>
    <message numerus="yes">
        <source>The citizen typed a wrong code (%n attempt(s) left).</source>
        <translation>
            <numerusform>Công dân đã nhập sai mã (còn %n lần thử).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k identity</source>
        <translation>&amp;Kiểm tra danh tính</translation>
    </message>
    <message>
        <source>He&amp;lp activate VNeID</source>
        <translation>Hỗ trợ kích hoạt VN&amp;eID</translation>
    </message>
    <message>
        <source>Send a ne&amp;w code</source>
        <translation>Gửi &amp;mã mới</translation>
    </message>
</context>
<context>
    <name>motcua::ui::IntakePage</name>
    <message>
        <source>&amp;Save to queue</source>
        <translation>&amp;Lưu vào hàng đợi</translation>
    </message>
    <message>
        <source>Save the dossier to the local queue (Ctrl+S)</source>
        <translation>Lưu hồ sơ vào hàng đợi cục bộ (Ctrl+S)</translation>
    </message>
    <message>
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Card scanned: check the details with the citizen.</source>
        <translation>Đã quét thẻ: hãy kiểm tra lại thông tin với công dân.</translation>
    </message>
    <message>
        <source>The citizen submits &amp;online with their own account (counted as online)</source>
        <translation>Công dân nộp trực tuyế&amp;n bằng tài khoản của chính mình (được tính là trực tuyến)</translation>
    </message>
    <message>
        <source>&amp;Direct intake: the clerk records the dossier (not counted as online)</source>
        <translation>Tiếp nhận trực tiế&amp;p: cán bộ ghi nhận hồ sơ (không tính là trực tuyến)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Q&amp;uay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiế&amp;p</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;In giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Ne&amp;xt citizen</source>
        <translation>&amp;Công dân tiếp theo</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Các bước tiếp nhận</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>3. Papers</source>
        <translation>3. Giấy tờ</translation>
    </message>
    <message>
        <source>4. Fees</source>
        <translation>4. Phí, lệ phí</translation>
    </message>
    <message>
        <source>5. Due date</source>
        <translation>5. Ngày hẹn trả</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Rà soát</translation>
    </message>
    <message>
        <source>7. Citizen&apos;s confirmation</source>
        <translation>7. Công dân xác nhận</translation>
    </message>
    <message>
        <source>8. Receipt</source>
        <translation>8. Giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Bước trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right or Ctrl+Enter)</source>
        <translation>Bước tiếp (Alt+Phải hoặc Ctrl+Enter)</translation>
    </message>
    <message>
        <source>How is this dossier submitted?</source>
        <translation>Hồ sơ này được nộp theo hình thức nào?</translation>
    </message>
    <message>
        <source>Which procedure does the citizen ask for?</source>
        <translation>Công dân đề nghị giải quyết thủ tục nào?</translation>
    </message>
    <message>
        <source>Applicant — scan the chip card or type</source>
        <translation>Người nộp — quét thẻ căn cước hoặc nhập tay</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Due date for the result</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Review with the citizen</source>
        <translation>Rà soát cùng công dân</translation>
    </message>
    <message>
        <source>The citizen&apos;s own confirmation</source>
        <translation>Công dân tự xác nhận</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Choose a procedure from the list first.</source>
        <translation>Hãy chọn một thủ tục trong danh sách trước.</translation>
    </message>
    <message>
        <source>Wait until the scan is stored.</source>
        <translation>Hãy chờ lưu xong bản quét.</translation>
    </message>
    <message>
        <source>These required papers are missing:
- %1</source>
        <translation>Còn thiếu các giấy tờ bắt buộc sau:
- %1</translation>
    </message>
    <message>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>Thủ tục này không còn trong danh mục.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Nhập họ và tên người nộp hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from this citizen&apos;s earlier dossiers can be reused.</source>
        <translation>
            <numerusform>Có thể dùng lại %n bản quét từ các hồ sơ trước của công dân này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n working day(s).</source>
        <translation>
            <numerusform>Thời hạn giải quyết: %n ngày làm việc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shortened by the province for dossiers the citizen submits online (%n working day(s) otherwise).</source>
        <translation>
            <numerusform>Được tỉnh rút ngắn cho hồ sơ công dân nộp trực tuyến (nếu không là %n ngày làm việc).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If the citizen submits online with their own account it takes %n working day(s).</source>
        <translation>
            <numerusform>Nếu công dân nộp trực tuyến bằng tài khoản của mình thì thời hạn là %n ngày làm việc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <source>Weekends, public holidays and the official days off are not counted; a dossier received after office hours counts from the next working morning.</source>
        <translation>Không tính thứ Bảy, Chủ nhật, ngày lễ và ngày nghỉ chính thức; hồ sơ nhận sau giờ làm việc được tính từ sáng ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Submitted online by the citizen with their own account.</source>
        <translation>Công dân đã nộp trực tuyến bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Online, awaiting the citizen&apos;s confirmation from their phone.</source>
        <translation>Trực tuyến, chờ công dân xác nhận trên điện thoại.</translation>
    </message>
    <message>
        <source>Direct intake, recorded by the clerk.</source>
        <translation>Tiếp nhận trực tiếp, do cán bộ ghi nhận.</translation>
    </message>
    <message>
        <source>Dossier %1 saved to the queue. It will be sent at the next sync.
%2
Result due: %3
Fee: %4 đồng</source>
        <translation>Hồ sơ %1 đã được lưu vào hàng đợi và sẽ được gửi ở lần đồng bộ tới.
%2
Hẹn trả kết quả: %3
Phí, lệ phí: %4 đồng</translation>
    </message>
    <message>
        <source>Dossier %1 saved to the queue.</source>
        <translation>Hồ sơ %1 đã được lưu vào hàng đợi.</translation>
    </message>
    <message>
        <source>A card was scanned in the middle of a dossier. Finish or start the next citizen (Ctrl+N) first.</source>
        <translation>Vừa quét thẻ khi đang làm dở một hồ sơ. Hãy hoàn tất hoặc chuyển sang công dân tiếp theo (Ctrl+N) trước.</translation>
    </message>
    <message>
        <source>Save receipt as PD&amp;F…</source>
        <translation>Lưu giấy tiếp nhận thành PD&amp;F…</translation>
    </message>
    <message>
        <source>Awaiting the citizen: fee %1 đồng, result due %2 (the online reduction and shorter time apply only once the citizen confirms).</source>
        <translation>Chờ công dân xác nhận: phí, lệ phí %1 đồng, hẹn trả %2 (mức giảm và thời hạn rút ngắn khi nộp trực tuyến chỉ áp dụng khi công dân đã xác nhận).</translation>
    </message>
    <message>
        <source>Wait a moment, then scan the card again.</source>
        <translation>Xin chờ một chút rồi quét lại thẻ.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::LockPage</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>Sign in as &amp;another clerk…</source>
        <translation>Đăng nhập bằng &amp;tài khoản cán bộ khác…</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Mật khẩu để mở khóa</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Trạng thái mở khóa</translation>
    </message>
    <message>
        <source>The desk is locked. %1, type your password to unlock it.</source>
        <translation>Màn hình quầy đang khóa. %1, hãy nhập mật khẩu để mở khóa.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>Chưa có cán bộ nào đăng nhập tại quầy này.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>motcua — one-stop counter</source>
        <translation>motcua — Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Hàng đợi</translation>
    </message>
    <message>
        <source>Unit %1 · desk %2 · server %3</source>
        <translation>Đơn vị %1 · quầy %2 · máy chủ %3</translation>
    </message>
    <message>
        <source>Opening the local store…</source>
        <translation>Đang mở kho dữ liệu cục bộ…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Kho dữ liệu cục bộ</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Quầy</translation>
    </message>
    <message>
        <source>&amp;Next citizen</source>
        <translation>&amp;Công dân tiếp theo</translation>
    </message>
    <message>
        <source>Show the &amp;citizen&apos;s screen</source>
        <translation>Hiện &amp;màn hình cho công dân</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Bá&amp;o cáo</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>The provincial system refused this clerk&apos;s sign-in. Sign out and sign in again.</source>
        <translation>Hệ thống của tỉnh từ chối đăng nhập của cán bộ này. Hãy đăng xuất rồi đăng nhập lại.</translation>
    </message>
    <message>
        <source>Opening the keyring…</source>
        <translation>Đang mở kho khóa (keyring) của máy…</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>cán bộ một cửa</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · offline sign-in</source>
        <translation>Đã đăng nhập: %1 (%2) · đăng nhập ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline sign-in: the provincial system cannot be reached. Dossiers are queued and sent when it returns.</source>
        <translation>Đăng nhập ngoại tuyến: không kết nối được hệ thống của tỉnh. Hồ sơ được đưa vào hàng đợi và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Tương phản cao</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About motcua</source>
        <translation>&amp;Giới thiệu motcua</translation>
    </message>
    <message>
        <source>About motcua</source>
        <translation>Giới thiệu motcua</translation>
    </message>
    <message>
        <source>motcua %1 — one-stop counter desk: helps citizens submit online with their own account.</source>
        <translation>motcua %1 — phần mềm quầy Một cửa: giúp công dân tự nộp hồ sơ trực tuyến bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>motcua</source>
        <translation>motcua</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Thiết &amp;lập</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Da&amp;y end</source>
        <translation>Cuối ngà&amp;y</translation>
    </message>
</context>
<context>
    <name>motcua::ui::OfflineBanner</name>
    <message>
        <source>Ask the provincial system at once whether it can be reached</source>
        <translation>Hỏi ngay hệ thống của tỉnh xem đã kết nối được chưa</translation>
    </message>
    <message>
        <source>Connection to the provincial system</source>
        <translation>Kết nối với hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached. Last successful contact: %1.</source>
        <translation>Không kết nối được với hệ thống của tỉnh. Lần kết nối thành công gần nhất: %1.</translation>
    </message>
    <message>
        <source>The provincial system cannot be reached, and this desk has not reached it yet.</source>
        <translation>Không kết nối được với hệ thống của tỉnh, và quầy này chưa từng kết nối được.</translation>
    </message>
    <message>
        <source>Intake goes on: dossiers are kept on this computer and sent when the connection returns.</source>
        <translation>Vẫn tiếp nhận bình thường: hồ sơ được lưu trên máy này và sẽ tự gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>The connection to the provincial system returned at %1. Waiting dossiers are being sent.</source>
        <translation>Đã kết nối lại với hệ thống của tỉnh lúc %1. Các hồ sơ đang chờ đang được gửi đi.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Thử lạ&amp;i ngay</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PaperChecklist</name>
    <message>
        <source>For each paper choose how it was received. Required papers are marked *. Attach a scan with Alt+A on the paper&apos;s row.</source>
        <translation>Với mỗi giấy tờ, hãy chọn cách đã nhận. Giấy tờ bắt buộc có dấu *. Đính kèm bản quét bằng Alt+K trên dòng của giấy tờ.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n copies)</source>
        <translation>
            <numerusform>%1 (%n bản)</numerusform>
        </translation>
    </message>
    <message>
        <source>How &quot;%1&quot; was received</source>
        <translation>Cách nhận &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attach a scan of &quot;%1&quot;</source>
        <translation>Đính kèm bản quét của &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Original seen and checked</source>
        <translation>Đã xem và đối chiếu bản chính</translation>
    </message>
    <message>
        <source>Copy kept</source>
        <translation>Nhận bản sao</translation>
    </message>
    <message>
        <source>Scan attached: %1</source>
        <translation>Đã đính kèm bản quét: %1</translation>
    </message>
    <message>
        <source>Reuse the scan of &quot;%1&quot; from dossier %2 (%3)</source>
        <translation>Dùng lại bản quét &quot;%1&quot; của hồ sơ %2 (%3)</translation>
    </message>
    <message>
        <source>Scan of &quot;%1&quot;</source>
        <translation>Bản quét của &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking and storing the scan…</source>
        <translation>Đang kiểm tra và lưu bản quét…</translation>
    </message>
    <message>
        <source>Scan of &quot;%1&quot; attached (%2 KB).</source>
        <translation>Đã đính kèm bản quét của &quot;%1&quot; (%2 KB).</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>Đính &amp;kèm bản quét…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::PolicyFilesPanel</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Tệp JSON (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Install a fee polic&amp;y file…</source>
        <translation>Cài tệp chính sách &amp;phí…</translation>
    </message>
    <message>
        <source>I&amp;mport the days off of a year…</source>
        <translation>&amp;Nhập danh sách ngày nghỉ của một năm…</translation>
    </message>
    <message>
        <source>Install a fee policy file</source>
        <translation>Cài tệp chính sách phí</translation>
    </message>
    <message>
        <source>Policies: online discounts and processing times</source>
        <translation>Chính sách: giảm phí và thời hạn giải quyết khi nộp trực tuyến</translation>
    </message>
    <message>
        <source>Installed official calendars</source>
        <translation>Lịch nghỉ chính thức đã cài</translation>
    </message>
    <message>
        <source>Import the official days off of a year</source>
        <translation>Nhập danh sách ngày nghỉ chính thức của một năm</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Years without an official list use the holidays of the Labour Code, computed.</source>
        <translation>Những năm chưa có danh sách chính thức dùng các ngày nghỉ lễ tính theo Bộ luật Lao động.</translation>
    </message>
    <message>
        <source>Fee policy file</source>
        <translation>Tệp chính sách phí</translation>
    </message>
    <message>
        <source>Official days off of a year</source>
        <translation>Ngày nghỉ chính thức của một năm</translation>
    </message>
    <message>
        <source>Shorter processing times for dossiers submitted online are set for each procedure in the procedure catalogue (version %1), which comes from the provincial system or motcua-cli catalog import.</source>
        <translation>Thời hạn giải quyết rút ngắn cho hồ sơ nộp trực tuyến được quy định cho từng thủ tục trong danh mục thủ tục hành chính (phiên bản %1), lấy từ hệ thống của tỉnh hoặc bằng lệnh motcua-cli catalog import.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The installed fee policy %1 cannot be used, so listed fees are charged with no reduction: %2</source>
        <translation>Không dùng được chính sách phí đã cài %1, nên thu phí, lệ phí theo mức niêm yết, không giảm: %2</translation>
    </message>
    <message>
        <source>No fee policy is installed: listed fees are charged with no reduction.</source>
        <translation>Chưa cài chính sách phí: thu phí, lệ phí theo mức niêm yết, không giảm.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message numerus="yes">
        <source>In force: policy %1 of %2, %3; %n online discount(s)</source>
        <translation>
            <numerusform>Đang áp dụng: chính sách %1 của %2, %3; %n mức giảm khi nộp trực tuyến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n exemption(s).</source>
        <translation>
            <numerusform>, %n trường hợp miễn.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not apply today: listed fees are charged.</source>
        <translation>Chính sách này không áp dụng hôm nay: thu theo mức niêm yết.</translation>
    </message>
    <message>
        <source>This is the sample policy shipped with motcua, not the province&apos;s own: install the province&apos;s file.</source>
        <translation>Đây là chính sách mẫu đi kèm motcua, không phải chính sách của tỉnh: hãy cài tệp của tỉnh.</translation>
    </message>
    <message>
        <source>The installed file is marked as a sample, not the province&apos;s own.</source>
        <translation>Tệp đã cài được đánh dấu là mẫu, không phải chính sách của tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) off</source>
        <translation>
            <numerusform>%1: %n ngày nghỉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n weekend working day(s) (%1)</source>
        <translation>
            <numerusform>, %n ngày cuối tuần làm việc bù (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Không dùng được %1: %2</translation>
    </message>
    <message>
        <source>No official list installed.</source>
        <translation>Chưa cài danh sách chính thức nào.</translation>
    </message>
    <message>
        <source>The fee policy was not installed: %1</source>
        <translation>Chưa cài chính sách phí: %1</translation>
    </message>
    <message>
        <source>Installed the fee policy %1 (%2). New dossiers use it once motcua is started again.</source>
        <translation>Đã cài chính sách phí %1 (%2). Hồ sơ mới áp dụng chính sách này sau khi khởi động lại motcua.</translation>
    </message>
    <message>
        <source>It is marked as a sample policy, not the province&apos;s own.</source>
        <translation>Chính sách này được đánh dấu là mẫu, không phải của tỉnh.</translation>
    </message>
    <message>
        <source>The days off were not installed: %1</source>
        <translation>Chưa cài danh sách ngày nghỉ: %1</translation>
    </message>
    <message>
        <source>Installed the official days off of %1. New dossiers use them for their due dates once motcua is started again.</source>
        <translation>Đã cài danh sách ngày nghỉ chính thức năm %1. Hồ sơ mới dùng danh sách này để tính ngày hẹn trả sau khi khởi động lại motcua.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ProcedureStep</name>
    <message>
        <source>Type part of the procedure&apos;s name or code, e.g. khai sinh</source>
        <translation>Gõ một phần tên hoặc mã thủ tục, ví dụ: khai sinh</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Các thủ tục phù hợp</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>No procedure matches. Try fewer or shorter words.</source>
        <translation>Không có thủ tục phù hợp. Hãy thử với ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
    <message>
        <source>whole-process online</source>
        <translation>trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>partly online</source>
        <translation>trực tuyến một phần</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · fee %3 đồng · %n working day(s)</source>
        <translation>
            <numerusform>%1 · %2 · lệ phí %3 đồng · %n ngày làm việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::QueueModel</name>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>motcua::ui::QueuePage</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Send the queued dossiers to the provincial system (F5)</source>
        <translation>Gửi các hồ sơ trong hàng đợi lên hệ thống của tỉnh (F5)</translation>
    </message>
    <message>
        <source>Sending to the provincial system…</source>
        <translation>Đang gửi lên hệ thống của tỉnh…</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 already on the server, %3 waiting, %4 needing action.</source>
        <translation>Đồng bộ xong: đã gửi %1, đã có trên máy chủ %2, đang chờ %3, cần xử lý %4.</translation>
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation>In &amp;lại giấy tiếp nhận…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Lưu giấy tiếp nhận thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the selected dossier&apos;s receipt again, or save it as PDF (Ctrl+P)</source>
        <translation>In lại giấy tiếp nhận của hồ sơ đang chọn, hoặc lưu thành PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the selected dossier&apos;s receipt as a PDF file</source>
        <translation>Lưu giấy tiếp nhận của hồ sơ đang chọn thành tệp PDF</translation>
    </message>
    <message>
        <source>This dossier is no longer in the local store. Refresh the queue and try again.</source>
        <translation>Hồ sơ này không còn trong kho cục bộ. Hãy làm mới hàng đợi rồi thử lại.</translation>
    </message>
    <message>
        <source>Select a dossier in the queue first.</source>
        <translation>Hãy chọn một hồ sơ trong hàng đợi trước.</translation>
    </message>
    <message>
        <source>Sending to the provincial system… %1 of %2</source>
        <translation>Đang gửi lên hệ thống của tỉnh… %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) from the provincial system.</source>
        <translation>
            <numerusform>%n cập nhật tiến độ từ hệ thống của tỉnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure catalogue updated to %1.</source>
        <translation>Đã cập nhật danh mục thủ tục lên phiên bản %1.</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Thử lại lúc %1.</translation>
    </message>
    <message>
        <source>Dossiers in the queue</source>
        <translation>Các hồ sơ trong hàng đợi</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen rating(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %n đánh giá của công dân.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::RatingPanel</name>
    <message>
        <source>How satisfied are you with the service today?</source>
        <translation>Ông/Bà có hài lòng với việc phục vụ hôm nay không?</translation>
    </message>
    <message>
        <source>Press one of the buttons (or the key 1, 2 or 3), add a comment if you wish, then press Send.</source>
        <translation>Ông/Bà hãy bấm một nút (hoặc phím 1, 2 hoặc 3), góp ý thêm nếu muốn, rồi bấm Gửi.</translation>
    </message>
    <message>
        <source>Your &amp;comment (optional):</source>
        <translation>&amp;Góp ý của Ông/Bà (không bắt buộc):</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Thank you! Your answer helps us serve citizens better.</source>
        <translation>Xin cảm ơn Ông/Bà! Ý kiến của Ông/Bà giúp chúng tôi phục vụ công dân tốt hơn.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Satisfied with the service (key 1)</source>
        <translation>Hài lòng với việc phục vụ (phím 1)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied (key 2)</source>
        <translation>Bình thường, không hài lòng cũng không phàn nàn (phím 2)</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied with the service (key 3)</source>
        <translation>Không hài lòng với việc phục vụ (phím 3)</translation>
    </message>
    <message>
        <source>Comment on the service (optional)</source>
        <translation>Góp ý về việc phục vụ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Send your rating</source>
        <translation>Gửi đánh giá của Ông/Bà</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReceiptPreview</name>
    <message>
        <source>Receipt %1</source>
        <translation>Giấy tiếp nhận %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportCharts</name>
    <message>
        <source>Online rates by level</source>
        <translation>Tỷ lệ trực tuyến theo cấp</translation>
    </message>
    <message>
        <source>Online rates by field</source>
        <translation>Tỷ lệ trực tuyến theo lĩnh vực</translation>
    </message>
    <message>
        <source>Monthly trend of the online rates</source>
        <translation>Diễn biến tỷ lệ trực tuyến theo tháng</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Theo cấp</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>System online rate</source>
        <translation>Tỷ lệ trực tuyến (hệ thống)</translation>
    </message>
    <message>
        <source>Monitor-counted rate</source>
        <translation>Tỷ lệ trực tuyến (EMC)</translation>
    </message>
    <message numerus="yes">
        <source>Online rates of the %n largest fields</source>
        <translation>
            <numerusform>Tỷ lệ trực tuyến của %n lĩnh vực nhiều hồ sơ nhất</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportModel</name>
    <message>
        <source>Counted by the national monitor: online with the citizen&apos;s own account</source>
        <translation>Theo cách tính của hệ thống giám sát quốc gia (EMC): trực tuyến bằng tài khoản của chính công dân</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>New online</source>
        <translation>Tiếp nhận mới trực tuyến</translation>
    </message>
    <message>
        <source>New direct or by post</source>
        <translation>Tiếp nhận mới trực tiếp, BCCI</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>System online rate</source>
        <translation>Tỷ lệ trực tuyến (hệ thống)</translation>
    </message>
    <message>
        <source>Monitor-counted rate</source>
        <translation>Tỷ lệ trực tuyến (EMC)</translation>
    </message>
    <message>
        <source>Online, citizen&apos;s own account</source>
        <translation>Trực tuyến bằng tài khoản công dân</translation>
    </message>
    <message>
        <source>Assisted online</source>
        <translation>Hỗ trợ nộp trực tuyến</translation>
    </message>
    <message>
        <source>Accounts activated</source>
        <translation>Tài khoản được kích hoạt</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ReportsPage</name>
    <message>
        <source>&amp;Show report</source>
        <translation>&amp;Xem báo cáo</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Kỳ khác</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Ngày đầu kỳ</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ngày cuối kỳ</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Theo cấp</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>Group the report</source>
        <translation>Nhóm báo cáo</translation>
    </message>
    <message>
        <source>Compute the report for the period (Ctrl+Enter)</source>
        <translation>Tính báo cáo cho kỳ đã chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the report as an Excel workbook (Ctrl+E)</source>
        <translation>Lưu báo cáo thành tệp Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save the report as CSV (Ctrl+Shift+E)</source>
        <translation>Lưu báo cáo thành tệp CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Bảng báo cáo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m theo:</translation>
    </message>
    <message>
        <source>The period ends before it starts. Correct the dates and try again.</source>
        <translation>Ngày cuối kỳ đứng trước ngày đầu kỳ. Hãy sửa lại ngày rồi thử lại.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Đang tính báo cáo…</translation>
    </message>
    <message>
        <source>Table ready; drawing the charts…</source>
        <translation>Đã có bảng; đang vẽ biểu đồ…</translation>
    </message>
    <message>
        <source>Table ready; drawing the monthly trend…</source>
        <translation>Đã có bảng; đang vẽ diễn biến theo tháng…</translation>
    </message>
    <message>
        <source>Report ready (%1 s).</source>
        <translation>Đã có báo cáo (%1 giây).</translation>
    </message>
    <message>
        <source>Export the report as Excel</source>
        <translation>Xuất báo cáo ra Excel</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Xuất báo cáo ra CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Citizen satisfaction: no citizen rated a service in this period.</source>
        <translation>Mức độ hài lòng của công dân: trong kỳ này chưa có công dân nào đánh giá.</translation>
    </message>
    <message>
        <source>Citizen satisfaction: %1 satisfied, %2 normal, %3 not satisfied — %4% satisfied of %5 ratings.</source>
        <translation>Mức độ hài lòng của công dân: %1 hài lòng, %2 bình thường, %3 không hài lòng — %4% hài lòng trên %5 lượt đánh giá.</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Mức độ hài lòng của công dân</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SettingsPage</name>
    <message>
        <source>Settings of this desk, kept in %1. Each change saved is recorded in the audit log. motcua reads them when it starts: changes apply once motcua is started again.</source>
        <translation>Thiết lập của quầy này, lưu trong %1. Mỗi thay đổi được lưu đều được ghi vào nhật ký kiểm tra. motcua đọc thiết lập khi khởi động: thay đổi có hiệu lực sau khi khởi động lại motcua.</translation>
    </message>
</context>
<context>
    <name>motcua::ui::ShortcutsDialog</name>
    <message>
        <source>Next citizen: clear the wizard and both screens</source>
        <translation>Công dân tiếp theo: xóa trắng các bước và cả hai màn hình</translation>
    </message>
    <message>
        <source>Scan anywhere</source>
        <translation>Quét ở bất kỳ đâu</translation>
    </message>
    <message>
        <source>A chip ID card&apos;s QR code scanned into any field fills the applicant</source>
        <translation>Quét mã QR của thẻ CCCD gắn chip vào bất kỳ ô nào sẽ điền thông tin người nộp</translation>
    </message>
    <message>
        <source>Check the citizen&apos;s account on the public-service portal</source>
        <translation>Kiểm tra tài khoản của công dân trên Cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Next step of the wizard (Enter in the procedure search takes the best match)</source>
        <translation>Sang bước tiếp theo (Enter trong ô tìm thủ tục chọn kết quả khớp nhất)</translation>
    </message>
    <message>
        <source>Previous step of the wizard</source>
        <translation>Quay lại bước trước</translation>
    </message>
    <message>
        <source>Save the dossier and queue it</source>
        <translation>Lưu hồ sơ và đưa vào hàng đợi</translation>
    </message>
    <message>
        <source>Print the receipt (wizard) or reprint the selected one (queue)</source>
        <translation>In phiếu tiếp nhận (khi tiếp nhận) hoặc in lại phiếu của hồ sơ đang chọn (hàng đợi)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Show the citizen&apos;s screen</source>
        <translation>Hiện màn hình của công dân</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Khóa quầy</translation>
    </message>
    <message>
        <source>Reports: compute the report</source>
        <translation>Báo cáo: lập báo cáo</translation>
    </message>
    <message>
        <source>Reports: export to Excel / CSV</source>
        <translation>Báo cáo: xuất ra Excel / CSV</translation>
    </message>
    <message>
        <source>High-contrast theme on or off</source>
        <translation>Bật hoặc tắt giao diện tương phản cao</translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation>Chữ to hơn, nhỏ hơn, cỡ bình thường</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + chữ cái được gạch chân</translation>
    </message>
    <message>
        <source>Go to a page (Intake, Queue, Reports, Day end, Settings) or open a menu</source>
        <translation>Chuyển trang (Tiếp nhận, Hàng đợi, Báo cáo, Cuối ngày, Thiết lập) hoặc mở menu</translation>
    </message>
    <message>
        <source>Day end: compute the day again</source>
        <translation>Cuối ngày: tính lại số liệu trong ngày</translation>
    </message>
    <message>
        <source>Day end: save as PDF</source>
        <translation>Cuối ngày: lưu thành PDF</translation>
    </message>
    <message>
        <source>Settings (administrators)</source>
        <translation>Thiết lập (quản trị viên)</translation>
    </message>
</context>
<context>
    <name>motcua::ui::SignInDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Trạng thái đăng nhập</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Provincial system: %1</source>
        <translation>Hệ thống của tỉnh: %1</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>motcua_cli</name>
    <message>
        <source>Local store folder.</source>
        <translation>Thư mục chứa kho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
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
        <translation>Cách dùng: motcua-cli [--data-dir THƯ_MỤC] [--lang vi|en] LỆNH …
Các lệnh:
  calendar due --from YYYY-MM-DDTHH:MM --days N | calendar holidays NĂM
  calendar install TỆP | calendar installed
  catalog search TỪ_KHÓA | catalog import TỆP | catalog info
  cccd check SỐ [--dob YYYY-MM-DD] [--sex male|female]
  cccd parse-qr CHUỖI
  dossier add --procedure MÃ --name HỌ_TÊN --cccd SỐ --phone SỐ_ĐIỆN_THOẠI
      [--paper MÃ=original|copy|scan:TỆP]… [--exempt DIỆN_MIỄN]… [--awaiting-citizen]
  dossier receipt --code MÃ --output TỆP.pdf
  dossier show --code MÃ
  fees install TỆP
  import-dossiers TỆP.jsonl
  queue list
  report --from YYYY-MM-DD --to YYYY-MM-DD [--by level|unit|field|procedure]
      [--format csv|xlsx] [--output TỆP]
  sync [--server URL] [--user TÊN_ĐĂNG_NHẬP] [--force]
  units import TỆP.csv | units list [--on YYYY-MM-DD]
  units set MÃ --name TÊN --level CẤP [--parent MÃ] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
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
        <translation>Phần mềm cho quầy Bộ phận Một cửa, hỗ trợ công dân nộp hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>Local store folder.</source>
        <translation>Thư mục chứa kho dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
    </message>
    <message>
        <source>Provincial system URL (saved for this desk).</source>
        <translation>Địa chỉ (URL) hệ thống của tỉnh (được lưu cho quầy này).</translation>
    </message>
    <message>
        <source>Provincial system address</source>
        <translation>Địa chỉ hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>Use the high-contrast theme on this desk (saved; View menu).</source>
        <translation>Dùng giao diện tương phản cao trên quầy này (được lưu lại; menu Xem).</translation>
    </message>
</context>
</TS>
