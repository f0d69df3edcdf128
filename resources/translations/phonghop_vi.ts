<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../meeting_core/util/atomicfile.cpp" line="+121"/>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is full: %1 needed in %2, %3 free</source>
        <translation>Ổ đĩa đã đầy: cần %1 trong %2, chỉ còn trống %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already exists</source>
        <translation>%1 đã tồn tại</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot replace %1</source>
        <translation>Không thay thế được %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../meeting_core/store/auditlog.cpp" line="+113"/>
        <source>The audit log was altered at entry %1</source>
        <translation>Nhật ký lưu vết đã bị sửa tại mục %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../meeting_core/store/database.cpp" line="+139"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../../meeting_core/store/migrations.cpp" line="+24"/>
        <source>%1 was written by a newer PhòngHọp (schema %2, this version knows %3). Please update PhòngHọp.</source>
        <translation>%1 được tạo bởi phiên bản PhòngHọp mới hơn (lược đồ %2, phiên bản này hiểu %3). Vui lòng cập nhật PhòngHọp.</translation>
    </message>
</context>
<context>
    <name>MeetingCache</name>
    <message>
        <location filename="../../meeting_core/store/meetingcache.cpp" line="+189"/>
        <source>Cannot create the cache folder %1</source>
        <translation>Không tạo được thư mục dữ liệu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local cache in %1 is damaged (%2).</source>
        <translation>Dữ liệu lưu trên máy tại %1 bị hỏng (%2).</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>A confidential document could not be deleted from the cache: %1</source>
        <translation>Không xóa được một tài liệu mật khỏi bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The original file of this document is not in the cache yet: sync, then try again.</source>
        <translation>Bản gốc của tài liệu này chưa có trong bộ nhớ đệm: hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cached original cannot be read: %1</source>
        <translation>Không đọc được bản gốc trong bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cached original is damaged (its checksum does not match); sync again.</source>
        <translation>Bản gốc trong bộ nhớ đệm bị hỏng (mã kiểm tra không khớp); hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../meeting_core/domain/meeting.cpp" line="+39"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../meeting_core/trust/signingkey.cpp" line="+51"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a PhòngHọp key file</source>
        <translation>%1 không phải là tệp khóa của PhòngHọp</translation>
    </message>
</context>
<context>
    <name>phonghop::Annotation</name>
    <message>
        <location filename="../../meeting_core/annotations/annotation.cpp" line="+59"/>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strike-out</source>
        <translation>Gạch ngang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ink</source>
        <translation>Nét bút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text box</source>
        <translation>Hộp văn bản</translation>
    </message>
</context>
<context>
    <name>phonghop::AnnotationExport</name>
    <message>
        <location filename="../../meeting_core/pdf/annotationexport.cpp" line="+140"/>
        <location line="+35"/>
        <source>The document %1 could not be opened.</source>
        <translation>Không mở được tài liệu %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The annotated copy could not be produced.</source>
        <translation>Không tạo được bản sao có ghi chú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotated copy could not be saved to %1: %2</source>
        <translation>Không lưu được bản sao có ghi chú vào %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::AnnotationSession</name>
    <message>
        <location filename="../../meeting_core/annotations/annotationsession.cpp" line="+65"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>Đổi màu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Place annotation</source>
        <translation>Đặt ghi chú</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full: the annotation was not saved.</source>
        <translation>Ổ đĩa đã đầy: chưa lưu được ghi chú.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation was not saved: %1</source>
        <translation>Chưa lưu được ghi chú: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The annotation was not deleted: %1</source>
        <translation>Chưa xóa được ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::AppSettings</name>
    <message>
        <location filename="../../meeting_core/settings/appsettings.cpp" line="+42"/>
        <source>“%1” is not a key fingerprint (32 hexadecimal digits)</source>
        <translation>“%1” không phải là dấu vân tay khóa (32 chữ số thập lục phân)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a supported language (%2)</source>
        <translation>“%1” không phải là ngôn ngữ được hỗ trợ (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a sync scope (own, all)</source>
        <translation>“%1” không phải là phạm vi đồng bộ (own, all)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number of days (0 to %2; 0: never evict)</source>
        <translation>“%1” không phải là số ngày (từ 0 đến %2; 0: không bao giờ giải phóng)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The system settings file %1 cannot be read</source>
        <translation>Không đọc được tệp cấu hình hệ thống %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system settings file %1 is not a valid INI file</source>
        <translation>Tệp cấu hình hệ thống %1 không phải là tệp INI hợp lệ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system settings lock an unknown setting “%1”</source>
        <translation>Cấu hình hệ thống khóa một thiết lập không xác định “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System settings, %1: %2</source>
        <translation>Cấu hình hệ thống, %1: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This setting is managed by your administrator</source>
        <translation>Thiết lập này do quản trị viên quản lý</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your settings, %1: %2</source>
        <translation>Thiết lập của bạn, %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your settings could not be saved to %1</source>
        <translation>Không lưu được thiết lập của bạn vào %1</translation>
    </message>
</context>
<context>
    <name>phonghop::BallotBox</name>
    <message>
        <location filename="../../meeting_core/voting/ballotbox.cpp" line="+107"/>
        <source>Signed by key %1, which the roster does not list</source>
        <translation>Được ký bằng khóa %1, khóa này không có trong danh sách thành viên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A ballot of %1&apos;s device %2 was found in the folder of device %3</source>
        <translation>Phiếu từ thiết bị %2 của %1 lại nằm trong thư mục của thiết bị %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ballot misses required fields</source>
        <translation>Phiếu thiếu các trường bắt buộc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ballot belongs to another poll (%1) and cannot be counted in this one</source>
        <translation>Phiếu thuộc cuộc biểu quyết khác (%1) nên không được tính trong cuộc biểu quyết này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ballot is signed by %1&apos;s device but names voter &quot;%2&quot;</source>
        <translation>Phiếu được ký bằng thiết bị của %1 nhưng ghi người biểu quyết là &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rules of this body do not let a proxy holder vote: %1&apos;s ballot for %2 is not counted</source>
        <translation>Quy chế của cơ quan không cho người được ủy quyền biểu quyết: phiếu %1 bỏ thay cho %2 không được tính</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold %2&apos;s proxy, so the ballot cast for them is not counted</source>
        <translation>%1 không giữ ủy quyền của %2, nên phiếu bỏ thay cho người này không được tính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A revoked device wrote this ballot: %1&apos;s device %2 (%3) is no longer in the roster, so its ballots do not count</source>
        <translation>Một thiết bị đã bị thu hồi đã ghi phiếu này: thiết bị %2 (%3) của %1 không còn trong danh sách thành viên, nên các phiếu của thiết bị này không được tính</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes part without a vote</source>
        <translation>%1 tham dự nhưng không có quyền biểu quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s ballot was cast at %2, after the poll closed at %3</source>
        <translation>Phiếu của %1 được gửi lúc %2, sau khi biểu quyết đã kết thúc lúc %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of a ballot already read; it is counted once</source>
        <translation>Bản sao của một phiếu đã đọc; phiếu chỉ được tính một lần</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A ballot of a secret poll must carry sealed choices only</source>
        <translation>Phiếu của cuộc biểu quyết kín chỉ được chứa lựa chọn đã niêm phong</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&apos;s secret ballot cannot be opened with the chair&apos;s key</source>
        <translation>Không mở được phiếu kín của %1 bằng khóa của chủ trì</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The ballot&apos;s choices are unreadable</source>
        <translation>Không đọc được lựa chọn trong phiếu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s ballot is invalid: %2</source>
        <translation>Phiếu của %1 không hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Two ballots of %1 carry sequence number %2 (devices %3 and %4); the one cast later counts</source>
        <translation>Hai phiếu của %1 cùng mang số thứ tự %2 (thiết bị %3 và %4); phiếu gửi sau được tính</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced by %1&apos;s later ballot (sequence %2 from device %3)</source>
        <translation>Được thay bằng phiếu gửi sau của %1 (số thứ tự %2 từ thiết bị %3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Poll &quot;%1&quot; is secret: its ballots are sealed to the chair&apos;s device that opened it (%2), and only that device can open and count them. Close it from that device.</source>
        <translation>Biểu quyết &quot;%1&quot; là bỏ phiếu kín: các phiếu được niêm phong cho thiết bị của chủ trì đã mở biểu quyết (%2), và chỉ thiết bị đó mở và kiểm được phiếu. Hãy kết thúc biểu quyết từ thiết bị đó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair&apos;s key can close a poll</source>
        <translation>Chỉ khóa của chủ trì mới kết thúc được biểu quyết</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A secret ballot was not opened with the chair&apos;s key</source>
        <translation>Một phiếu kín không được mở bằng khóa của chủ trì</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The poll result could not be confirmed: %1</source>
        <translation>Không xác nhận được kết quả biểu quyết: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result is signed by the chair and the recount matches.</source>
        <translation>Kết quả đã được chủ trì ký và kiểm lại phiếu khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your ballot was counted as you cast it.</source>
        <translation>Phiếu của bạn đã được tính đúng như bạn đã bỏ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close record is unreadable: %1</source>
        <translation>Không đọc được biên bản kết thúc biểu quyết: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The close record is not signed by the chair named in the roster.</source>
        <translation>Biên bản kết thúc biểu quyết không do chủ trì có tên trong danh sách thành viên ký.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close record belongs to another poll.</source>
        <translation>Biên bản kết thúc biểu quyết thuộc một cuộc biểu quyết khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The close of this secret poll is signed by another of the chair&apos;s devices than the one that opened it, which cannot open its sealed ballots.</source>
        <translation>Biên bản kết thúc biểu quyết kín này được ký bằng một thiết bị khác của chủ trì, không phải thiết bị đã mở biểu quyết, nên không thể mở các phiếu đã niêm phong.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The close record&apos;s list of counted ballots is inconsistent.</source>
        <translation>Danh sách phiếu được tính trong biên bản kết thúc không nhất quán.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recounting the ballots gives a different result than the chair&apos;s.</source>
        <translation>Kiểm lại phiếu cho kết quả khác với kết quả của chủ trì.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your ballot is not counted as you cast it.</source>
        <translation>Phiếu của bạn không được tính đúng như bạn đã bỏ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The close counts ballot %1, which is not a valid ballot of this poll among the files on the share</source>
        <translation>Biên bản kết thúc tính phiếu %1, nhưng đây không phải là phiếu hợp lệ của cuộc biểu quyết này trong các tệp trên thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The close counts more than one ballot of %1</source>
        <translation>Biên bản kết thúc tính nhiều hơn một phiếu của %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close&apos;s entries carry other vote weights than the roster gives the voters whose ballots it counts</source>
        <translation>Các mục của biên bản kết thúc mang trọng số phiếu khác với trọng số mà danh sách thành viên quy định cho những người có phiếu được tính</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The close counts %1&apos;s ballot with choices other than the ballot&apos;s</source>
        <translation>Biên bản kết thúc tính phiếu của %1 với lựa chọn khác với lựa chọn trong phiếu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s ballot, cast at %2 before the close, is not counted (it may have reached the chair only after the close)</source>
        <translation>Phiếu của %1, gửi lúc %2 trước khi kết thúc, không được tính (có thể phiếu chỉ đến chủ trì sau khi đã kết thúc)</translation>
    </message>
    <message>
        <location filename="../../meeting_core/voting/ballotexport.cpp" line="+49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by proxy, %2): %3</source>
        <translation>%1 (ủy quyền cho %2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poll</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitled</source>
        <translation>Có quyền biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast</source>
        <translation>Đã bỏ phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballots</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Voter</source>
        <translation>Người biểu quyết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Other opinion</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cast by proxy holder</source>
        <translation>Người được ủy quyền bỏ phiếu</translation>
    </message>
    <message>
        <location filename="../../meeting_core/voting/ballotbox.cpp" line="-89"/>
        <source>The close counts your ballot with a vote weight of %1 instead of your %2.</source>
        <translation>Biên bản kết thúc tính phiếu của bạn với trọng số %1 thay vì trọng số %2 của bạn.</translation>
    </message>
</context>
<context>
    <name>phonghop::BoundedFile</name>
    <message>
        <location filename="../../meeting_core/util/boundedfile.cpp" line="+137"/>
        <source>it does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a symbolic link, which PhòngHọp never follows in the shared folder</source>
        <translation>đây là một liên kết tượng trưng (symbolic link), thứ PhòngHọp không bao giờ đi theo trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a plain file (a named pipe, a device or a folder)</source>
        <translation>đây không phải là một tệp thông thường (mà là một đường ống có tên, một thiết bị hoặc một thư mục)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than the %1 allowed for a file of its kind</source>
        <translation>tệp lớn hơn mức %1 cho phép đối với loại tệp này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
</context>
<context>
    <name>phonghop::BuildInfo</name>
    <message>
        <location filename="../../meeting_core/settings/buildinfo.cpp" line="+23"/>
        <source> (built against %1)</source>
        <translation> (biên dịch với %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Build date: %1</source>
        <translation>Ngày biên dịch: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::CacheRetention</name>
    <message>
        <location filename="../../meeting_core/store/cacheretention.cpp" line="+281"/>
        <source>A document could not be deleted from the cache: %1</source>
        <translation>Không xóa được một tài liệu khỏi bộ nhớ đệm: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::CarryOver</name>
    <message>
        <location filename="../../meeting_core/annotations/carryover.cpp" line="+80"/>
        <source>The marked text is not in the new version.</source>
        <translation>Đoạn văn được đánh dấu không có trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The marked text occurs several times in the new version.</source>
        <translation>Đoạn văn được đánh dấu xuất hiện nhiều lần trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The marking has no text to follow.</source>
        <translation>Chỗ đánh dấu không có đoạn văn để theo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The marked text has no position in the new version.</source>
        <translation>Đoạn văn được đánh dấu không có vị trí trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its page is not in the old version&apos;s text.</source>
        <translation>Trang của nó không có trong văn bản của phiên bản cũ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>Its page has no text to follow.</source>
        <translation>Trang của nó không có đoạn văn để theo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text next to it changed in the new version.</source>
        <translation>Đoạn văn bên cạnh đã thay đổi trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text next to it occurs several times in the new version.</source>
        <translation>Đoạn văn bên cạnh xuất hiện nhiều lần trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text next to it has no position in the new version.</source>
        <translation>Đoạn văn bên cạnh không có vị trí trong phiên bản mới.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It would fall off its page in the new version.</source>
        <translation>Trong phiên bản mới, nó sẽ nằm ra ngoài trang.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The annotations could not be carried over: %1</source>
        <translation>Không chuyển được các ghi chú sang: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ConclusionNotice</name>
    <message>
        <location filename="../../meeting_core/session/conclusionnotice.cpp" line="+135"/>
        <source>The decision record holds no conclusion yet: there is nothing to notify</source>
        <translation>Sổ quyết định chưa có kết luận nào: chưa có gì để thông báo</translation>
    </message>
</context>
<context>
    <name>phonghop::Consultation</name>
    <message>
        <location filename="../../meeting_core/consult/consultation.cpp" line="+107"/>
        <source>A document has no id or no title</source>
        <translation>Có tài liệu không có mã hoặc không có tiêu đề</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 has no valid sha256 or size</source>
        <translation>Tài liệu %1 không có mã kiểm tra sha256 hoặc kích thước hợp lệ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document %1 has no valid original sha256 or size</source>
        <translation>Tài liệu %1 không có mã sha256 hoặc kích thước bản gốc hợp lệ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The confidential document %1 has no valid plainSha256 or plainSize</source>
        <translation>Tài liệu mật %1 không có plainSha256 hoặc plainSize hợp lệ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The confidential document %1 has a recipient that is not a person&apos;s device with its sealed key, or a device twice</source>
        <translation>Tài liệu mật %1 có người nhận không phải là thiết bị của một người kèm khóa đã niêm phong, hoặc có thiết bị bị ghi hai lần</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A consultation question cannot be secret</source>
        <translation>Câu hỏi lấy ý kiến không được đặt là bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question %1 has no text</source>
        <translation>Câu hỏi %1 chưa có nội dung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The comment is %1 characters long; at most %2 are allowed</source>
        <translation>Ý kiến dài %1 ký tự; chỉ được tối đa %2 ký tự</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comment contains a control character</source>
        <translation>Ý kiến chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&quot;%1&quot; is not a valid consultation id (lower-case letters, digits and &apos;-&apos;, at most 64)</source>
        <translation>&quot;%1&quot; không phải là mã đợt lấy ý kiến hợp lệ (chữ thường không dấu, chữ số và &apos;-&apos;, tối đa 64 ký tự)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consultation has no title</source>
        <translation>Đợt lấy ý kiến chưa có tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation has no issuing body</source>
        <translation>Đợt lấy ý kiến chưa có cơ quan ban hành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation has no valid deadline</source>
        <translation>Đợt lấy ý kiến chưa có hạn trả lời hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation consults nobody</source>
        <translation>Đợt lấy ý kiến chưa có thành viên nào được lấy ý kiến</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member &quot;%1&quot; is empty or listed twice</source>
        <translation>Thành viên &quot;%1&quot; để trống hoặc bị ghi hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chair %1 is not among the members</source>
        <translation>Chủ trì %1 không có trong danh sách thành viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation asks no question</source>
        <translation>Đợt lấy ý kiến chưa có câu hỏi nào</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question id &quot;%1&quot; is empty or repeated</source>
        <translation>Mã câu hỏi &quot;%1&quot; để trống hoặc bị trùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1: %2</source>
        <translation>Câu hỏi %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document id &quot;%1&quot; is empty or repeated</source>
        <translation>Mã tài liệu &quot;%1&quot; để trống hoặc bị trùng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confidential document %1 is sealed to %2, who is not a member</source>
        <translation>Tài liệu mật %1 được niêm phong cho %2, người này không phải là thành viên</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not a consultation (format &quot;%1&quot;)</source>
        <translation>Đây không phải là tệp lấy ý kiến (định dạng &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation format version %1 is not known to this version</source>
        <translation>Phiên bản này của PhòngHọp không nhận biết định dạng lấy ý kiến phiên bản %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The consultation has no revision number</source>
        <translation>Đợt lấy ý kiến chưa có số phiên bản</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: the JSON stops or is broken there (%2); no field after it could be read</source>
        <translation>dòng %1: nội dung JSON bị ngắt hoặc bị lỗi tại đây (%2); không đọc được trường nào sau đó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line 1: the file is not a JSON object</source>
        <translation>dòng 1: tệp không phải là đối tượng JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1, field &quot;%2&quot;: %3</source>
        <translation>dòng %1, trường &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a text that is not empty</source>
        <translation>phải là văn bản, không được để trống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;%1&quot;</source>
        <translation>phải là &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1</source>
        <translation>phải là 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits and &apos;-&apos;, at most 64)</source>
        <translation>&quot;%1&quot; không phải là mã hợp lệ (chữ thường không dấu, chữ số và &apos;-&apos;, tối đa 64 ký tự)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time with an offset (2026-12-20T17:00:00+07:00)</source>
        <translation>&quot;%1&quot; không phải là ngày giờ theo ISO 8601 có múi giờ (2026-12-20T17:00:00+07:00)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must list the person ids consulted</source>
        <translation>phải liệt kê mã của những người được lấy ý kiến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a person id</source>
        <translation>phải là mã của một người</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice</source>
        <translation>%1 bị ghi hai lần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not among the members</source>
        <translation>%1 không có trong danh sách thành viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must list at least one question</source>
        <translation>phải có ít nhất một câu hỏi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing (a preset such as &quot;uy-ban-nhan-dan&quot;, or a rule object)</source>
        <translation>bị thiếu (tên quy tắc có sẵn như &quot;uy-ban-nhan-dan&quot;, hoặc một đối tượng quy tắc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a kind: use approval, yes-no or choice</source>
        <translation>&quot;%1&quot; không phải là loại câu hỏi: hãy dùng approval, yes-no hoặc choice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a preset name or a rule object</source>
        <translation>phải là tên quy tắc có sẵn hoặc một đối tượng quy tắc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>question %1 is listed twice</source>
        <translation>câu hỏi %1 bị ghi hai lần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>document %1 is listed twice</source>
        <translation>tài liệu %1 bị ghi hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file: %1</source>
        <translation>không có tệp: %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/consult/consultationrecords.cpp" line="+94"/>
        <source>the answer has no choice</source>
        <translation>ý kiến trả lời chưa có lựa chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer&apos;s choices are not option numbers</source>
        <translation>lựa chọn trong ý kiến trả lời không phải là số thứ tự phương án</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer lacks its consultation, revision, question, person, sequence or time</source>
        <translation>ý kiến trả lời thiếu đợt lấy ý kiến, phiên bản, câu hỏi, người trả lời, số thứ tự hoặc thời gian</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Question %1 has no option &quot;%2&quot;; choose among its options</source>
        <translation>Câu hỏi %1 không có phương án &quot;%2&quot;; hãy chọn trong các phương án của câu hỏi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consultation %1 has no question %2</source>
        <translation>Đợt lấy ý kiến %1 không có câu hỏi %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not among the members consulted in %2</source>
        <translation>%1 không thuộc các thành viên được lấy ý kiến trong %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline of &quot;%1&quot; passed at %2: answers are no longer accepted</source>
        <translation>Đã hết hạn trả lời &quot;%1&quot; lúc %2: không nhận thêm ý kiến</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>signed by device %1, not by the device whose folder it is in</source>
        <translation>được ký bằng thiết bị %1, không phải thiết bị sở hữu thư mục chứa ý kiến này</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed by device %1, which the people directory does not list</source>
        <translation>được ký bằng thiết bị %1, thiết bị này không có trong danh bạ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by device %1 of %2, which has been revoked</source>
        <translation>được ký bằng thiết bị %1 của %2, thiết bị này đã bị thu hồi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by a device of %1, who is not among the members consulted</source>
        <translation>được ký bằng thiết bị của %1, người không thuộc các thành viên được lấy ý kiến</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by a device of %1 but answering as %2</source>
        <translation>được ký bằng thiết bị của %1 nhưng trả lời với tư cách %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an answer to consultation %1, not %2</source>
        <translation>là ý kiến cho đợt lấy ý kiến %1, không phải %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an answer to revision %1; the current revision is %2</source>
        <translation>là ý kiến cho phiên bản %1; phiên bản hiện tại là %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answered at %1, after the deadline %2</source>
        <translation>trả lời lúc %1, sau hạn %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consultation has no question %1</source>
        <translation>đợt lấy ý kiến không có câu hỏi %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its choice &quot;%1&quot; does not match the options it names</source>
        <translation>lựa chọn &quot;%1&quot; không khớp với các phương án mà ý kiến ghi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1/%2: replaced by the member&apos;s later answer</source>
        <translation>%1/%2: đã được thay bằng ý kiến gửi sau của thành viên</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the close lacks its consultation, revision or time</source>
        <translation>biên bản kết thúc thiếu đợt lấy ý kiến, phiên bản hoặc thời gian</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The deadline of &quot;%1&quot; (%2) has not passed yet: close it early only on purpose (--early)</source>
        <translation>Chưa đến hạn của &quot;%1&quot; (%2): chỉ kết thúc lấy ý kiến sớm khi thật sự cần (--early)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>tệp được ký bằng khóa %1, không phải khóa của cơ quan %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it closes %1 revision %2, not %3 revision %4</source>
        <translation>biên bản này kết thúc %1 phiên bản %2, không phải %3 phiên bản %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consultation has not been closed yet.</source>
        <translation>Chưa kết thúc lấy ý kiến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This seat recounted the close: the result agrees and your answers were counted.</source>
        <translation>Máy này đã kiểm lại biên bản kết thúc: kết quả khớp và ý kiến của bạn đã được tính.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat&apos;s recount DIFFERS from the office&apos;s close: %1</source>
        <translation>Kết quả kiểm lại trên máy này KHÁC với biên bản kết thúc của văn phòng: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer is MISSING from the office&apos;s close: %1</source>
        <translation>Ý kiến của bạn KHÔNG CÓ trong biên bản kết thúc của văn phòng: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the close counts answer %1, which this seat cannot read as a valid latest answer</source>
        <translation>biên bản kết thúc tính ý kiến %1, nhưng máy này không xác định được đây là ý kiến hợp lệ mới nhất</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the count of question %1 differs from the recount</source>
        <translation>kết quả của câu hỏi %1 khác với kết quả kiểm lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the close does not count every question</source>
        <translation>biên bản kết thúc không tính đủ mọi câu hỏi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lists of who answered differ from the recount</source>
        <translation>danh sách người đã trả lời khác với kết quả kiểm lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your answer %1 is not among the counted ones</source>
        <translation>ý kiến %1 của bạn không có trong số ý kiến được tính</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationReport</name>
    <message>
        <location filename="../../meeting_core/consult/consultationreport.cpp" line="+296"/>
        <source>Cannot write the reminder list to %1</source>
        <translation>Không ghi được danh sách nhắc trả lời vào %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report to %1</source>
        <translation>Không ghi được báo cáo vào %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationService</name>
    <message>
        <location filename="../../meeting_core/consult/consultationservice.cpp" line="+43"/>
        <source>This seat has not confirmed its organisation yet: synchronise with the shared folder and confirm the organisation first</source>
        <translation>Máy này chưa xác nhận cơ quan: hãy đồng bộ với thư mục dùng chung và xác nhận cơ quan trước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No consultation %1 on the shared folder</source>
        <translation>Không có đợt lấy ý kiến %1 trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Consultation %1 was already closed at %2</source>
        <translation>Đợt lấy ý kiến %1 đã kết thúc lúc %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This seat has no device key</source>
        <translation>Máy này chưa có khóa thiết bị</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Consultation %1: document &quot;%2&quot; has not arrived yet (%3)</source>
        <translation>Đợt lấy ý kiến %1: chưa nhận được tài liệu &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+149"/>
        <location line="+15"/>
        <source>No consultation %1 on this seat</source>
        <translation>Không có đợt lấy ý kiến %1 trên máy này</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Consultation %1 has no question %2</source>
        <translation>Đợt lấy ý kiến %1 không có câu hỏi %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The deadline for answering &quot;%1&quot; passed at %2: the answer was not recorded</source>
        <translation>Đã hết hạn trả lời &quot;%1&quot; lúc %2: ý kiến không được ghi nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has been closed by the office: the answer was not recorded</source>
        <translation>Văn phòng đã kết thúc lấy ý kiến &quot;%1&quot;: ý kiến không được ghi nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat&apos;s device is not enrolled for anyone in the people directory: it cannot answer</source>
        <translation>Thiết bị của máy này chưa được đăng ký cho ai trong danh bạ: không thể trả lời</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not among the members consulted in &quot;%2&quot;</source>
        <translation>%1 không thuộc các thành viên được lấy ý kiến trong &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This seat&apos;s cache could not record the answer: %1</source>
        <translation>Không ghi được ý kiến vào bộ nhớ đệm của máy này: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This key is not the organisation key this seat trusts</source>
        <translation>Khóa này không phải là khóa của cơ quan mà máy này tin cậy</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationShare</name>
    <message>
        <location filename="../../meeting_core/consult/consultationshare.cpp" line="+111"/>
        <location line="+55"/>
        <location line="+233"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+304"/>
        <location line="+7"/>
        <source>consultations/%1/%2 was refused: %3</source>
        <translation>consultations/%1/%2 bị từ chối: %3</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>tệp được ký bằng khóa %1, không phải khóa của cơ quan %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it names %1 revision %2</source>
        <translation>tệp ghi %1 phiên bản %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Member &quot;%1&quot; is not a current person of the people directory</source>
        <translation>Thành viên &quot;%1&quot; hiện không có trong danh bạ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consultation was not published: the document “%1” was published as confidential; it is not published in clear.</source>
        <translation>Đợt lấy ý kiến chưa được phát hành: tài liệu “%1” đã được phát hành dưới dạng mật; không được phát hành công khai.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The share cannot be used: %1</source>
        <translation>Không dùng được thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>The consultation was not published: %1</source>
        <translation>Đợt lấy ý kiến chưa được phát hành: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or publish the document in clear.</source>
        <translation>Không niêm phong được tài liệu mật “%1” cho “%2”: người này chưa có thiết bị nào được đăng ký. Hãy đăng ký thiết bị cho người này, hoặc phát hành tài liệu dưới dạng công khai.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The document “%1” is not in the published revision on the share any more: add its PDF again.</source>
        <translation>Tài liệu “%1” không còn trong lần phát hành trên thư mục dùng chung: hãy thêm lại tệp PDF của tài liệu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The confidential document “%1” is sealed to other devices than the members&apos; now: add its PDF again to seal it for them (the office cannot open the sealed copy).</source>
        <translation>Tài liệu mật “%1” đang được niêm phong cho các thiết bị khác với thiết bị hiện nay của các thành viên: hãy thêm lại tệp PDF để niêm phong cho họ (văn phòng không mở được bản đã niêm phong).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document %1 (%2) is neither a PDF nor an office file (.doc, .docx, .odt, .rtf, .xls, .xlsx, .ods)</source>
        <translation>Tài liệu %1 (%2) không phải là tệp PDF hay tệp văn phòng (.doc, .docx, .odt, .rtf, .xls, .xlsx, .ods)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</source>
        <translation>Không niêm phong được tài liệu mật “%1”: không có thư mục tạm. Chưa phát hành gì.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confidential document “%1” could not be sealed: %2. Nothing was published.</source>
        <translation>Không niêm phong được tài liệu mật “%1”: %2. Chưa phát hành gì.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1 in the share</source>
        <translation>Không tạo được thư mục %1 trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write the consultation to the share: %1</source>
        <translation>Không ghi được đợt lấy ý kiến vào thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation is being published by others at the same time; try again in a moment</source>
        <translation>Người khác đang phát hành đợt lấy ý kiến này cùng lúc; hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write the close to the share: %1</source>
        <translation>Không ghi được biên bản kết thúc vào thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot find a free name for the close in the share</source>
        <translation>Không tìm được tên trống cho biên bản kết thúc trong thư mục dùng chung</translation>
    </message>
</context>
<context>
    <name>phonghop::DecisionChain</name>
    <message>
        <location filename="../../meeting_core/trust/decisionchain.cpp" line="+54"/>
        <source>The decision record misses required fields</source>
        <translation>Hồ sơ quyết định thiếu các trường bắt buộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision cites a document by &quot;%1&quot;, which is not a SHA-256</source>
        <translation>Quyết định dẫn chiếu tài liệu bằng &quot;%1&quot;, đây không phải mã SHA-256</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A decision is signed by a key that may not record decisions</source>
        <translation>Một quyết định được ký bằng khóa không có quyền ghi quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A correction of a conclusion is signed by a key that may not record decisions: only the chair corrects a conclusion</source>
        <translation>Bản điều chỉnh kết luận được ký bằng khóa không có quyền ghi quyết định: chỉ chủ tọa mới được điều chỉnh kết luận</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Two different decisions claim position %1 in the chain</source>
        <translation>Hai quyết định khác nhau cùng nhận vị trí %1 trong chuỗi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision %1 is missing but later decisions exist</source>
        <translation>Thiếu quyết định %1 trong khi đã có các quyết định sau đó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision %1 does not follow the decision before it</source>
        <translation>Quyết định %1 không nối tiếp quyết định trước nó</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision %1 corrects a decision that is not before it in the chain</source>
        <translation>Quyết định %1 điều chỉnh một quyết định không đứng trước nó trong chuỗi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 corrects decision %2, which decision %3 already corrected</source>
        <translation>Quyết định %1 điều chỉnh quyết định %2, vốn đã được quyết định %3 điều chỉnh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 corrects decision %2 of another agenda item</source>
        <translation>Quyết định %1 điều chỉnh quyết định %2 của một nội dung khác</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The share shows %1 decisions but %2 were seen before: the record was rolled back</source>
        <translation>Thư mục dùng chung có %1 quyết định nhưng trước đó đã thấy %2: hồ sơ đã bị quay lui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 differs from the one seen before: the history was rewritten</source>
        <translation>Quyết định %1 khác với quyết định đã thấy trước đó: lịch sử đã bị sửa</translation>
    </message>
</context>
<context>
    <name>phonghop::DemoSession</name>
    <message>
        <location filename="../../meeting_core/session/demosession.cpp" line="+35"/>
        <source>The demo share has no meeting</source>
        <translation>Thư mục dùng chung mẫu không có cuộc họp nào</translation>
    </message>
</context>
<context>
    <name>phonghop::DemoShare</name>
    <message>
        <location filename="../../meeting_core/demo/demoshare.cpp" line="+335"/>
        <source>Cannot create a temporary folder</source>
        <translation>Không tạo được thư mục tạm</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Đang ghi %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publishing %1</source>
        <translation>Đang phát hành %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DeviceKey</name>
    <message>
        <location filename="../../meeting_core/trust/devicekey.cpp" line="+101"/>
        <source>The device key %1 cannot be replaced</source>
        <translation>Không thay thế được khóa thiết bị %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PIN is wrong.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the key directory %1</source>
        <translation>Không tạo được thư mục khóa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no device key in %1</source>
        <translation>Không có khóa thiết bị trong %1</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>This device&apos;s key is already protected by a PIN; change the PIN instead.</source>
        <translation>Khóa của thiết bị này đã được bảo vệ bằng mã PIN; hãy đổi mã PIN.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+83"/>
        <location line="+25"/>
        <source>The protected device key could not be read back</source>
        <translation>Không đọc lại được khóa thiết bị đã bảo vệ</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>This device&apos;s key is kept by the system key store, not by a PIN; stop using the key store first.</source>
        <translation>Khóa của thiết bị này được giữ trong kho khóa của hệ thống, không phải bằng mã PIN; hãy thôi dùng kho khóa trước.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This device&apos;s key is already kept by the system key store.</source>
        <translation>Khóa của thiết bị này đã được giữ trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s key is protected by a PIN; remove the PIN first.</source>
        <translation>Khóa của thiết bị này được bảo vệ bằng mã PIN; hãy bỏ mã PIN trước.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system key store gave back another secret.</source>
        <translation>Kho khóa của hệ thống trả về một mã bí mật khác.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note that the system key store keeps the device key cannot be written in %1</source>
        <translation>Không ghi được vào %1 thông tin cho biết khóa thiết bị được giữ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+17"/>
        <source>This device&apos;s key is not kept by the system key store.</source>
        <translation>Khóa của thiết bị này không được giữ trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This device&apos;s key stays locked: %1</source>
        <translation>Khóa của thiết bị này vẫn đang khóa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device&apos;s key stays locked: the secret the system key store holds does not open it.</source>
        <translation>Khóa của thiết bị này vẫn đang khóa: mã bí mật trong kho khóa của hệ thống không mở được khóa.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+23"/>
        <source>This device&apos;s key has no PIN yet.</source>
        <translation>Khóa của thiết bị này chưa có mã PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>Mã PIN cần ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN cannot be one character repeated.</source>
        <translation>Mã PIN không được là một ký tự lặp lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device&apos;s key is protected by a PIN: enter the PIN to sign and to open confidential documents.</source>
        <translation>Khóa của thiết bị này được bảo vệ bằng mã PIN: hãy nhập mã PIN để ký và để mở tài liệu mật.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The enrolment request does not name its participant and device</source>
        <translation>Yêu cầu đăng ký thiết bị không ghi rõ thành viên và thiết bị</translation>
    </message>
</context>
<context>
    <name>phonghop::DirectoryStore</name>
    <message>
        <location filename="../../meeting_core/org/directorystore.cpp" line="+68"/>
        <source>people/%1 was refused: %2</source>
        <translation>people/%1 bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>tệp được ký bằng khóa %1, không phải khóa của tổ chức %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names revision %1</source>
        <translation>tệp ghi phiên bản %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the people folder in the share</source>
        <translation>Không tạo được thư mục danh bạ (people) trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the directory to the share: %1</source>
        <translation>Không ghi được danh bạ vào thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory is being changed by others at the same time; try again in a moment</source>
        <translation>Danh bạ đang được người khác sửa cùng lúc; hãy thử lại sau giây lát</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentCipher</name>
    <message>
        <location filename="../../meeting_core/trust/documentcipher.cpp" line="+247"/>
        <source>the encryption library could not be initialised</source>
        <translation>không khởi tạo được thư viện mã hóa</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+32"/>
        <location line="+8"/>
        <location line="+95"/>
        <location line="+74"/>
        <location line="+53"/>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the confidential document is damaged or was altered (%1); sync again, or ask the office to publish it again</source>
        <translation>tài liệu mật bị hỏng hoặc đã bị sửa đổi (%1); hãy đồng bộ lại, hoặc đề nghị văn phòng phát hành lại</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>its size is not known</source>
        <translation>không biết kích thước của tài liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than it should be</source>
        <translation>tài liệu ngắn hơn kích thước đúng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is longer than it should be</source>
        <translation>tài liệu dài hơn kích thước đúng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a sealed document</source>
        <translation>đây không phải là tài liệu đã niêm phong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its header is invalid</source>
        <translation>phần đầu của tài liệu không hợp lệ</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>it is cut short</source>
        <translation>tài liệu bị cắt cụt</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>a part of it does not decrypt</source>
        <translation>một phần của tài liệu không giải mã được</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+18"/>
        <source>its size does not match</source>
        <translation>kích thước không khớp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its checksum does not match</source>
        <translation>mã kiểm tra không khớp</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentComments</name>
    <message>
        <location filename="../../meeting_core/annotations/documentcomments.cpp" line="+41"/>
        <source>The comment is empty.</source>
        <translation>Ý kiến đang để trống.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The comment was not saved: %1</source>
        <translation>Chưa lưu được ý kiến: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted text</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>The comments could not be saved: %1</source>
        <translation>Chưa lưu được các ý kiến: %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <source>Comments on %1</source>
        <translation>Ý kiến góp ý về %1</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1</source>
        <translation>trang %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentFetch</name>
    <message>
        <location filename="../../meeting_core/sync/documentfetch.cpp" line="+39"/>
        <source>No shared folder is set: the document &quot;%1&quot; cannot be fetched again.</source>
        <translation>Chưa đặt thư mục dùng chung: không tải lại được tài liệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder %1 cannot be reached: the document &quot;%2&quot; can be fetched again once it is.</source>
        <translation>Không truy cập được thư mục dùng chung %1: có thể tải lại tài liệu &quot;%2&quot; khi thư mục truy cập lại được.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The confidential document &quot;%1&quot; is not for this device: it is not copied to it.</source>
        <translation>Tài liệu mật &quot;%1&quot; không dành cho thiết bị này: tài liệu không được sao chép về thiết bị.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document &quot;%1&quot; could not be fetched again: %2</source>
        <translation>Không tải lại được tài liệu &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentGenerator</name>
    <message>
        <location filename="../../meeting_core/demo/documentgenerator.cpp" line="+121"/>
        <location line="+42"/>
        <location line="+40"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentReader</name>
    <message>
        <location filename="../../meeting_core/confidential/documentreader.cpp" line="+71"/>
        <location line="+56"/>
        <source>The document “%1” is not in the cache yet: sync, then try again.</source>
        <translation>Tài liệu “%1” chưa có trong bộ nhớ đệm: hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <location line="+40"/>
        <source>The cached document cannot be read: %1</source>
        <translation>Không đọc được tài liệu trong bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+110"/>
        <source>The cached document is damaged (its checksum does not match); sync again.</source>
        <translation>Tài liệu trong bộ nhớ đệm bị hỏng (mã kiểm tra không khớp); hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::DraftMeeting</name>
    <message>
        <location filename="../../meeting_core/publish/draftmeeting.cpp" line="+479"/>
        <source>This is not a meeting file (format &quot;%1&quot;)</source>
        <translation>Đây không phải là tệp cuộc họp (định dạng &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting file was written by a newer PhòngHọp (version %1)</source>
        <translation>Tệp cuộc họp này được ghi bởi phiên bản PhòngHọp mới hơn (phiên bản %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;start&quot; is not a date and time: %1</source>
        <translation>&quot;start&quot; không phải là ngày giờ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;end&quot; is not a date and time: %1</source>
        <translation>&quot;end&quot; không phải là ngày giờ: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participant &quot;%1&quot; has an unknown role &quot;%2&quot; (chair, secretary, delegate or guest)</source>
        <translation>Thành viên &quot;%1&quot; có vai trò không xác định &quot;%2&quot; (chủ trì, thư ký, đại biểu hoặc khách mời)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 không phải JSON hợp lệ: %2 (tại byte %3)</translation>
    </message>
</context>
<context>
    <name>phonghop::DraftStore</name>
    <message>
        <location filename="../../meeting_core/publish/draftstore.cpp" line="+91"/>
        <source>Cannot create the drafts folder %1</source>
        <translation>Không tạo được thư mục bản nháp %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft could not be saved: %1</source>
        <translation>Không lưu được bản nháp: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::Enrolment</name>
    <message>
        <location filename="../../meeting_core/org/enrolment.cpp" line="+75"/>
        <location line="+5"/>
        <source>%1 was refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was refused: it is signed by the key of another device (%2)</source>
        <translation>%1 bị từ chối: yêu cầu được ký bằng khóa của một thiết bị khác (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was refused: this device is already enrolled for %2</source>
        <translation>%1 bị từ chối: thiết bị này đã được đăng ký cho %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was refused: nobody with the id &quot;%2&quot; is in the organisation&apos;s directory</source>
        <translation>%1 bị từ chối: danh bạ của tổ chức không có ai mang mã &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was refused: %2 has left the organisation</source>
        <translation>%1 bị từ chối: %2 đã thôi công tác tại tổ chức</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory; ask the secretariat to add them first</source>
        <translation>Danh bạ của tổ chức không có ai mang mã &quot;%1&quot;; hãy đề nghị văn phòng bổ sung người này trước</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has left the organisation and cannot enrol a device</source>
        <translation>%1 đã thôi công tác tại tổ chức nên không thể đăng ký thiết bị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device&apos;s key was revoked; it cannot be enrolled again</source>
        <translation>Khóa của thiết bị này đã bị thu hồi; không thể đăng ký lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is already enrolled for %1</source>
        <translation>Thiết bị này đã được đăng ký cho %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>The request of %1 (%2) has already been answered</source>
        <translation>Yêu cầu của %1 (%2) đã được xử lý</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</source>
        <translation>Danh bạ của tổ chức không có ai mang mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has left the organisation; the request cannot be approved</source>
        <translation>%1 đã thôi công tác tại tổ chức; không thể duyệt yêu cầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device %1 was revoked; it cannot be enrolled again</source>
        <translation>Thiết bị %1 đã bị thu hồi; không thể đăng ký lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 is already enrolled for %2</source>
        <translation>Thiết bị %1 đã được đăng ký cho %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The device %1 of %2 was already revoked</source>
        <translation>Thiết bị %1 của %2 đã bị thu hồi từ trước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrolled device has the fingerprint %1</source>
        <translation>Không có thiết bị đã đăng ký nào có dấu vân tay %1</translation>
    </message>
</context>
<context>
    <name>phonghop::KeyFile</name>
    <message>
        <location filename="../../meeting_core/trust/keyfile.cpp" line="+125"/>
        <location line="+6"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+23"/>
        <location line="+3"/>
        <source>%1 is not a PhòngHọp key file</source>
        <translation>%1 không phải là tệp khóa của PhòngHọp</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+12"/>
        <location line="+84"/>
        <source>The key file %1 is damaged or incomplete; use your backup copy</source>
        <translation>Tệp khóa %1 bị hỏng hoặc không đầy đủ; hãy dùng bản sao dự phòng</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The key file %1 was written by a newer version of PhòngHọp</source>
        <translation>Tệp khóa %1 được ghi bởi một phiên bản PhòngHọp mới hơn</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not enough memory to open the key file %1</source>
        <translation>Không đủ bộ nhớ để mở tệp khóa %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is wrong for the key file %1</source>
        <translation>Cụm mật khẩu không đúng với tệp khóa %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key file needs a passphrase</source>
        <translation>Tệp khóa cần có cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>%1 already exists; a key file is never replaced. Choose another name.</source>
        <translation>%1 đã tồn tại; tệp khóa không bao giờ bị ghi đè. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not enough memory to protect the key file</source>
        <translation>Không đủ bộ nhớ để bảo vệ tệp khóa</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+7"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>Không ghi được tệp khóa %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ManifestCodec</name>
    <message>
        <location filename="../../meeting_core/share/manifestcodec.cpp" line="+38"/>
        <source>%1: the field &quot;%2&quot; is missing or not text</source>
        <translation>%1: trường &quot;%2&quot; bị thiếu hoặc không phải văn bản</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the field &quot;%2&quot; is missing or not a number</source>
        <translation>%1: trường &quot;%2&quot; bị thiếu hoặc không phải là số</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the field &quot;%2&quot; is out of range</source>
        <translation>%1: trường &quot;%2&quot; có giá trị ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a date and time</source>
        <translation>%1: &quot;%2&quot; không phải là ngày giờ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the list &quot;%1&quot; is missing</source>
        <translation>thiếu danh sách &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>không phải JSON hợp lệ (%1 tại byte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>not a meeting manifest</source>
        <translation>không phải tệp mô tả cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest has no valid format version</source>
        <translation>tệp mô tả không có phiên bản định dạng hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written in share format %1, newer than this PhòngHọp understands (%2); please update PhòngHọp</source>
        <translation>được ghi theo định dạng %1, mới hơn định dạng mà PhòngHọp này hiểu (%2); vui lòng cập nhật PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manifest</source>
        <translation>tệp mô tả</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manifest: &quot;%1&quot; is not a valid meeting id</source>
        <translation>tệp mô tả: &quot;%1&quot; không phải là mã cuộc họp hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>participant %1</source>
        <translation>thành viên %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown role &quot;%2&quot;</source>
        <translation>%1: vai trò không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+96"/>
        <location line="+23"/>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1: mã &quot;%2&quot; bị dùng hai lần</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>agenda item %1</source>
        <translation>nội dung %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>agenda item &quot;%1&quot;: its parent &quot;%2&quot; does not exist</source>
        <translation>nội dung &quot;%1&quot;: nội dung cấp trên &quot;%2&quot; không tồn tại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document %1</source>
        <translation>tài liệu %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: &quot;plainSha256&quot; is not a SHA-256 checksum</source>
        <translation>%1: &quot;plainSha256&quot; không phải là mã kiểm tra SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;plainSize&quot; is negative</source>
        <translation>%1: &quot;plainSize&quot; là số âm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;recipients&quot; is not a list</source>
        <translation>%1: &quot;recipients&quot; không phải là danh sách</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, recipient %2</source>
        <translation>%1, người nhận %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;sealedKey&quot; is not a sealed document key</source>
        <translation>%1: &quot;sealedKey&quot; không phải là khóa tài liệu đã niêm phong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a device id</source>
        <translation>%1: &quot;%2&quot; không phải là mã thiết bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a participant of the meeting</source>
        <translation>%1: &quot;%2&quot; không phải là thành phần dự họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the device &quot;%2&quot; is listed twice</source>
        <translation>%1: thiết bị &quot;%2&quot; có tên hai lần</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>%1: &quot;sha256&quot; is not a SHA-256 checksum</source>
        <translation>%1: &quot;sha256&quot; không phải là mã kiểm tra SHA-256</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>%1: &quot;size&quot; is negative</source>
        <translation>%1: &quot;size&quot; là số âm</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1, its original file</source>
        <translation>%1, tệp gốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;original&quot; is not an object</source>
        <translation>%1: &quot;original&quot; không phải một đối tượng</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>%1: its agenda item &quot;%2&quot; does not exist</source>
        <translation>%1: nội dung chương trình &quot;%2&quot; của nó không tồn tại</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the list &quot;%1&quot; is not a list</source>
        <translation>danh sách &quot;%1&quot; không phải là một danh sách</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>poll %1</source>
        <translation>biểu quyết %1</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingDiff</name>
    <message>
        <location filename="../../meeting_core/publish/meetingdiff.cpp" line="+61"/>
        <source>Meeting details changed: %1</source>
        <translation>Thông tin cuộc họp đã thay đổi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item added: %1</source>
        <translation>Đã thêm nội dung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item removed: %1</source>
        <translation>Đã xóa nội dung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item changed: %1</source>
        <translation>Đã sửa nội dung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document added: %1</source>
        <translation>Đã thêm tài liệu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document removed: %1</source>
        <translation>Đã xóa tài liệu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document replaced: %1 (version %2 → %3)</source>
        <translation>Đã thay tài liệu: %1 (phiên bản %2 → %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document changed: %1</source>
        <translation>Tài liệu đã thay đổi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant added: %1</source>
        <translation>Đã thêm thành viên: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant removed: %1</source>
        <translation>Đã xóa thành viên: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant changed: %1</source>
        <translation>Thành viên đã thay đổi: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host unit</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>phòng họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepared polls</source>
        <translation>biểu quyết chuẩn bị sẵn</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingPublisher</name>
    <message>
        <location filename="../../meeting_core/publish/meetingpublisher.cpp" line="+138"/>
        <source>Revision %1 of this meeting was published by someone else after revision %2, which you were editing. Nothing was published. Review their changes, then publish again.</source>
        <translation>Phiên bản %1 của cuộc họp này đã được người khác phát hành sau phiên bản %2 mà bạn đang sửa. Chưa phát hành gì. Hãy xem lại các thay đổi của họ rồi phát hành lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting with the id &quot;%1&quot; was already published (revision %2) by someone else. Nothing was published. Review it, then publish again.</source>
        <translation>Một cuộc họp có mã &quot;%1&quot; đã được người khác phát hành (phiên bản %2). Chưa phát hành gì. Hãy xem lại rồi phát hành lại.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or remove them from the recipients.</source>
        <translation>Không niêm phong được tài liệu mật “%1” cho “%2”: người này chưa có thiết bị nào được đăng ký. Hãy đăng ký thiết bị cho người này, hoặc bỏ họ khỏi danh sách người nhận.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+59"/>
        <location line="+22"/>
        <location line="+136"/>
        <source>The meeting was not published: %1</source>
        <translation>Cuộc họp chưa được phát hành: %1</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>The share cannot be used: %1</source>
        <translation>Không dùng được thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key cannot publish to this share: the share belongs to another organisation key (%1).</source>
        <translation>Khóa này không phát hành được lên thư mục dùng chung này: thư mục thuộc khóa của cơ quan khác (%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Someone else is publishing this meeting right now. Wait a minute, then publish again.</source>
        <translation>Người khác đang phát hành cuộc họp này. Vui lòng chờ một phút rồi phát hành lại.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The document “%1” was published as confidential; it is not published in clear unless it is declassified (&quot;declassified&quot;: true).</source>
        <translation>Tài liệu “%1” đã được phát hành dưới dạng mật; không được phát hành công khai trừ khi đã giải mật (&quot;declassified&quot;: true).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <location line="+34"/>
        <location line="+31"/>
        <location line="+26"/>
        <source>Publication cancelled; the share is unchanged.</source>
        <translation>Đã hủy phát hành; thư mục dùng chung không thay đổi.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</source>
        <translation>Không niêm phong được tài liệu mật “%1”: không có thư mục tạm. Chưa phát hành gì.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The confidential document “%1” could not be sealed: %2. Nothing was published.</source>
        <translation>Không niêm phong được tài liệu mật “%1”: %2. Chưa phát hành gì.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Document “%1” could not be stored in the share: %2. Nothing was published.</source>
        <translation>Không lưu được tài liệu “%1” vào thư mục dùng chung: %2. Chưa phát hành gì.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Published revision %1 of “%2”.</source>
        <translation>Đã phát hành phiên bản %1 của “%2”.</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>The participant “%1” has no name and is not in the organisation&apos;s directory: add them to the directory, or give their name.</source>
        <translation>Thành phần “%1” chưa có họ tên và không có trong danh bạ của tổ chức: hãy bổ sung người này vào danh bạ, hoặc ghi họ tên.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The meeting&apos;s roster cannot be made: %1</source>
        <translation>Không lập được danh sách thành phần của cuộc họp: %1</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Revision %1 of “%2” was published, but its roster could not be written: %3. Seats cannot check in or vote until it is; publish again.</source>
        <translation>Đã phát hành phiên bản %1 của “%2”, nhưng không ghi được danh sách thành phần: %3. Các máy chưa thể điểm danh hay biểu quyết cho đến khi danh sách được ghi; hãy phát hành lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The roster is at revision %1.</source>
        <translation>Danh sách thành phần ở phiên bản %1.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>If this stays so for more than a few minutes, %1 in the meeting&apos;s folder of the share is not a publication: ask IT to look at it.</source>
        <translation>Nếu tình trạng này kéo dài quá vài phút thì %1 trong thư mục cuộc họp trên thư mục dùng chung không phải là một lần phát hành: hãy nhờ bộ phận CNTT kiểm tra.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The document “%1” was damaged in the shared folder (%2); it has been stored again.</source>
        <translation>Tài liệu “%1” trong thư mục dùng chung bị hỏng (%2); tài liệu đã được lưu lại.</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingStatus</name>
    <message>
        <location filename="../../meeting_core/domain/meetingstatus.cpp" line="+47"/>
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>Finished</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Postponed to %1</source>
        <translation>Đã hoãn đến %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed until further notice</source>
        <translation>Đã hoãn đến khi có thông báo mới</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingStatusRecord</name>
    <message>
        <location filename="../../meeting_core/share/meetingstatusrecord.cpp" line="+31"/>
        <source>Say why the meeting is %1: a postponement or a cancellation needs a reason.</source>
        <translation>Hãy ghi lý do cuộc họp %1: hoãn hoặc hủy cuộc họp phải có lý do.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a postponed meeting has a new date.</source>
        <translation>Chỉ cuộc họp bị hoãn mới có thời gian mới.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it is not signed by the organisation&apos;s key</source>
        <translation>không được ký bằng khóa của cơ quan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names another meeting or number than its file name</source>
        <translation>bản ghi ghi cuộc họp hoặc số thứ tự khác với tên tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>trạng thái không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;until&quot; is not a date and time</source>
        <translation>&quot;until&quot; không phải là ngày giờ</translation>
    </message>
</context>
<context>
    <name>phonghop::ObjectStore</name>
    <message>
        <location filename="../../meeting_core/store/objectstore.cpp" line="+31"/>
        <source>Cannot create the document store %1</source>
        <translation>Không tạo được kho tài liệu %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Invalid document identifier %1</source>
        <translation>Mã tài liệu không hợp lệ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write to the document store: %1</source>
        <translation>Không ghi được vào kho tài liệu: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 failed: %2</source>
        <translation>Đọc %1 không thành công: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Writing to the document store failed: %1</source>
        <translation>Ghi vào kho tài liệu không thành công: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 has %2 bytes instead of %3 (incomplete or still being copied)</source>
        <translation>%1 có %2 byte thay vì %3 (chưa đủ hoặc đang được sao chép)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not match its checksum (damaged or replaced)</source>
        <translation>%1 không khớp mã kiểm tra (bị hỏng hoặc bị thay thế)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot store %1</source>
        <translation>Không lưu được %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data does not match its checksum</source>
        <translation>Dữ liệu không khớp mã kiểm tra</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 is larger than the %2 bytes its manifest states (damaged or replaced)</source>
        <translation>%1 lớn hơn %2 byte ghi trong tệp mô tả (bị hỏng hoặc bị thay thế)</translation>
    </message>
</context>
<context>
    <name>phonghop::OfficeConverter</name>
    <message>
        <location filename="../../meeting_core/convert/officeconverter.cpp" line="+135"/>
        <source>LibreOffice is not installed on this computer, so Word, Excel and OpenDocument files cannot be converted to PDF. Install LibreOffice (docs/deployment.md), or save the document as PDF and attach it again.</source>
        <translation>Máy này chưa cài LibreOffice nên không chuyển được tệp Word, Excel, OpenDocument sang PDF. Hãy cài LibreOffice (docs/deployment.md), hoặc lưu tài liệu thành PDF rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice is not installed on this computer, so this file cannot be converted to PDF. Install the package %1 (sudo apt install %1), or save the document as PDF and attach it again.</source>
        <translation>Máy này chưa cài LibreOffice nên không chuyển được tệp này sang PDF. Hãy cài gói %1 (sudo apt install %1), hoặc lưu tài liệu thành PDF rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a Word, Excel or OpenDocument file.</source>
        <translation>%1 không phải tệp Word, Excel hay OpenDocument.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file cannot be read: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is damaged or is not really a .%1 file.</source>
        <translation>tệp bị hỏng hoặc không thật sự là tệp .%1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no temporary folder could be made: %1</source>
        <translation>không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be copied to a temporary folder.</source>
        <translation>không chép được tệp vào thư mục tạm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its PDF has no pages.</source>
        <translation>bản PDF của nó không có trang nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>its PDF has only blank pages (%n page(s)): the document is empty.</source>
        <translation>
            <numerusform>bản PDF của nó chỉ có trang trắng (%n trang): tài liệu trống.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>LibreOffice (%1) could not be started: %2</source>
        <translation>Không khởi động được LibreOffice (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the conversion was cancelled.</source>
        <translation>việc chuyển đổi đã bị hủy.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>LibreOffice did not finish converting it within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>LibreOffice chưa chuyển xong trong %n giây nên đã bị dừng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LibreOffice cannot open it: the file is damaged or protected by a password. Open it in Word or LibreOffice, save it without a password, and attach it again.</source>
        <translation>LibreOffice không mở được: tệp bị hỏng hoặc có mật khẩu. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại không đặt mật khẩu rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice could not convert it (%1).</source>
        <translation>LibreOffice không chuyển được (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>mã thoát %1</translation>
    </message>
</context>
<context>
    <name>phonghop::OfficePreparation</name>
    <message>
        <location filename="../../meeting_core/publish/officepreparation.cpp" line="+143"/>
        <source>Document %1 (%2) cannot be converted to PDF: %3</source>
        <translation>Không chuyển được tài liệu %1 (%2) sang PDF: %3</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationAdmin</name>
    <message>
        <location filename="../../meeting_core/org/organisationadmin.cpp" line="+35"/>
        <location line="+296"/>
        <source>&quot;%1&quot; is not a device fingerprint (32 hex digits, in groups of four)</source>
        <translation>&quot;%1&quot; không phải là dấu vân tay thiết bị (32 chữ số hệ 16, chia thành nhóm bốn)</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>The device %1 of %2 was revoked; it cannot be enrolled again</source>
        <translation>Thiết bị %1 của %2 đã bị thu hồi; không thể đăng ký lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 is already enrolled for %2</source>
        <translation>Thiết bị %1 đã được đăng ký cho %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pending enrolment request has the fingerprint %1; check the fingerprint shown on the device, or ask it to request enrolment again</source>
        <translation>Không có yêu cầu đăng ký đang chờ nào có dấu vân tay %1; hãy kiểm tra dấu vân tay hiển thị trên thiết bị, hoặc đề nghị thiết bị gửi lại yêu cầu đăng ký</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The organisation needs a name</source>
        <translation>Tổ chức cần có tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 already holds the share of &quot;%2&quot; (key %3); it is left as it is. Choose an empty folder, or open this share with its organisation key.</source>
        <translation>Thư mục %1 đã chứa dữ liệu dùng chung của &quot;%2&quot; (khóa %3); dữ liệu được giữ nguyên. Hãy chọn một thư mục trống, hoặc mở thư mục này bằng khóa của tổ chức đó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 already holds a share (%2 is there, but cannot be read: %3); it is left as it is. Choose an empty folder.</source>
        <translation>Thư mục %1 đã chứa dữ liệu dùng chung (có tệp %2 nhưng không đọc được: %3); dữ liệu được giữ nguyên. Hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1</source>
        <translation>Không tạo được thư mục %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 was just set up by someone else, with another key</source>
        <translation>Thư mục %1 vừa được người khác thiết lập với một khóa khác</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This key belongs to another organisation: the share at %1 is &quot;%2&quot;, key %3, and the key given is %4</source>
        <translation>Khóa này thuộc về tổ chức khác: thư mục dùng chung %1 là của &quot;%2&quot;, khóa %3, còn khóa được cung cấp là %4</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The list names the id &quot;%1&quot; twice</source>
        <translation>Danh sách có mã &quot;%1&quot; hai lần</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</source>
        <translation>Danh bạ của tổ chức không có ai mang mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has already left the organisation</source>
        <translation>%1 đã thôi công tác tại tổ chức từ trước</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a staff list</source>
        <translation>%1 quá lớn để là một danh sách cán bộ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not in UTF-8; it was read as %1. Check the names before you import them.</source>
        <translation>Tệp không ở dạng UTF-8; đã đọc theo bảng mã %1. Hãy kiểm tra họ tên trước khi nhập.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no rows</source>
        <translation>%1 không có dòng nào</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</source>
        <translation>Tệp không có cột họ tên (&quot;Họ và tên&quot; hoặc &quot;name&quot;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row %1 has no name and was skipped</source>
        <translation>Dòng %1 không có họ tên nên được bỏ qua</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1: &quot;%2&quot; is not a role; %3 is a delegate</source>
        <translation>Dòng %1: &quot;%2&quot; không phải là vai trò; %3 được xếp là đại biểu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: &quot;%2&quot; is not a vote weight (a whole number); 1 is used</source>
        <translation>Dòng %1: &quot;%2&quot; không phải là trọng số biểu quyết (số nguyên); dùng giá trị 1</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationPin</name>
    <message>
        <location filename="../../meeting_core/trust/organisationpin.cpp" line="+32"/>
        <source>No organisation key is pinned on this installation; pin it before trusting rosters</source>
        <translation>Máy này chưa ghi nhận khóa của cơ quan; hãy ghi nhận khóa trước khi tin cậy danh sách thành viên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by key %1, not by the organisation key %2 pinned on this installation</source>
        <translation>Được ký bằng khóa %1, không phải khóa của cơ quan %2 đã ghi nhận trên máy này</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationTrust</name>
    <message>
        <location filename="../../meeting_core/sync/organisationtrust.cpp" line="+40"/>
        <source>This is not an organisation key (an Ed25519 public key has 32 bytes)</source>
        <translation>Đây không phải là khóa cơ quan (khóa công khai Ed25519 có 32 byte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat already trusts the organisation key %1; it does not pin %2 in its place. Changing the organisation&apos;s key is a deliberate act: ask your IT staff</source>
        <translation>Máy này đã tin cậy khóa cơ quan %1 và không ghi nhận khóa %2 thay thế. Việc đổi khóa cơ quan phải được thực hiện có chủ đích: hãy hỏi cán bộ CNTT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full: the organisation&apos;s key could not be recorded</source>
        <translation>Ổ đĩa đã đầy: không ghi nhận được khóa cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s key could not be recorded: %1</source>
        <translation>Không ghi nhận được khóa cơ quan: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This seat has not confirmed the organisation&apos;s key yet (sync with --expect-fingerprint, or confirm it in the app)</source>
        <translation>Máy này chưa xác nhận khóa của cơ quan (hãy đồng bộ với --expect-fingerprint, hoặc xác nhận trong ứng dụng)</translation>
    </message>
</context>
<context>
    <name>phonghop::Outbox</name>
    <message>
        <location filename="../../meeting_core/store/outbox.cpp" line="+253"/>
        <source>&quot;%1/%2&quot; is not a valid record name</source>
        <translation>&quot;%1/%2&quot; không phải là tên hồ sơ hợp lệ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It waits until this seat knows the meeting of its poll</source>
        <translation>Bản ghi đang chờ đến khi chỗ ngồi này biết cuộc họp của cuộc biểu quyết</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The name %1 is taken on the share by another file</source>
        <translation>Tên %1 trong thư mục dùng chung đã bị một tệp khác chiếm</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfDocument</name>
    <message>
        <location filename="../../meeting_core/pdf/pdfdocument.cpp" line="+155"/>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+28"/>
        <location line="+27"/>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 rỗng.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+27"/>
        <location line="+34"/>
        <source>The file %1 is not a PDF document.</source>
        <translation>Tệp %1 không phải là tài liệu PDF.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+25"/>
        <location line="+39"/>
        <source>The PDF document %1 is damaged and cannot be opened.</source>
        <translation>Tài liệu PDF %1 bị hỏng, không mở được.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+26"/>
        <location line="+39"/>
        <source>The PDF document %1 is damaged: it has no readable pages.</source>
        <translation>Tài liệu PDF %1 bị hỏng: không có trang nào đọc được.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The document is locked by a password.</source>
        <translation>Tài liệu được khóa bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 does not exist.</source>
        <translation>Trang %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to draw on page %1.</source>
        <translation>Trang %1 không có gì để hiển thị.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 is too large to draw at this zoom.</source>
        <translation>Trang %1 quá lớn để hiển thị ở mức thu phóng này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation>Không đọc được trang %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drawing page %1 was cancelled.</source>
        <translation>Đã hủy hiển thị trang %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 takes too long to draw and was skipped.</source>
        <translation>Trang %1 hiển thị quá lâu nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 cannot be drawn: %2</source>
        <translation>Không hiển thị được trang %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 cannot be drawn.</source>
        <translation>Không hiển thị được trang %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfSignatures</name>
    <message>
        <location filename="../../meeting_core/pdf/pdfsignatures.cpp" line="+67"/>
        <source>%1 does not exist</source>
        <translation>Không có %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read as a PDF</source>
        <translation>Không đọc được %1 dưới dạng PDF</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered after signing: the document is not the one signed</source>
        <translation>đã bị sửa sau khi ký: tài liệu không còn là tài liệu đã ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid for the signed part, but the file was added to after signing</source>
        <translation>hợp lệ với phần đã ký, nhưng tệp đã được thêm nội dung sau khi ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate&apos;s issuer is unknown (its CA is not installed)</source>
        <translation>nguyên vẹn, nhưng không rõ tổ chức cấp chứng thư (chưa cài chứng thư của CA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate&apos;s issuer is not trusted</source>
        <translation>nguyên vẹn, nhưng tổ chức cấp chứng thư không được tin cậy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate has expired</source>
        <translation>nguyên vẹn, nhưng chứng thư số đã hết hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate was revoked</source>
        <translation>chứng thư số đã bị thu hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid signature</source>
        <translation>chữ ký không hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate could not be checked</source>
        <translation>nguyên vẹn, nhưng không kiểm tra được chứng thư số</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfSigning</name>
    <message>
        <location filename="../../meeting_core/pdf/nsssession.cpp" line="+83"/>
        <source>The token&apos;s PKCS#11 module %1 does not exist: install the token&apos;s software (docs/signatures.md) or give its path</source>
        <translation>Không có mô-đun PKCS#11 %1 của thiết bị ký số: hãy cài phần mềm của thiết bị (docs/signatures.md) hoặc chỉ ra đường dẫn của nó</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be loaded as a PKCS#11 module (%2)</source>
        <translation>Không nạp được %1 làm mô-đun PKCS#11 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token &quot;%1&quot; needs its PIN</source>
        <translation>Thiết bị ký số &quot;%1&quot; cần mã PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN of the token &quot;%1&quot; is wrong; nothing was signed</source>
        <translation>Mã PIN của thiết bị ký số &quot;%1&quot; không đúng; chưa ký gì cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token &quot;%1&quot; refused the PIN (%2)</source>
        <translation>Thiết bị ký số &quot;%1&quot; từ chối mã PIN (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The NSS database folder %1 does not exist</source>
        <translation>Không có thư mục cơ sở dữ liệu NSS %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The NSS database %1 could not be opened</source>
        <translation>Không mở được cơ sở dữ liệu NSS %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Another NSS database (%1) is in use; restart the program to use %2</source>
        <translation>Đang dùng một cơ sở dữ liệu NSS khác (%1); hãy khởi động lại chương trình để dùng %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The token &quot;%1&quot; is not present: plug it in and try again</source>
        <translation>Thiết bị ký số &quot;%1&quot; không có mặt: hãy cắm thiết bị rồi thử lại</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NSS database</source>
        <translation>cơ sở dữ liệu NSS</translation>
    </message>
    <message>
        <location filename="../../meeting_core/pdf/pdfsigning.cpp" line="+94"/>
        <source>%1 exists already; choose another name for the signed copy</source>
        <translation>%1 đã có; hãy chọn tên khác cho bản đã ký</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token &quot;%1&quot; is not present: plug it in (or check that its module is installed) and try again</source>
        <translation>Thiết bị ký số &quot;%1&quot; không có mặt: hãy cắm thiết bị (hoặc kiểm tra đã cài mô-đun của thiết bị) rồi thử lại</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No certificate &quot;%1&quot; with a signing key was found, and none other either: is the token plugged in and its PIN right?</source>
        <translation>Không tìm thấy chứng thư số &quot;%1&quot; có khóa ký, cũng không có chứng thư nào khác: thiết bị ký số đã được cắm và mã PIN đúng chưa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate &quot;%1&quot; with a signing key was found; these can sign: %2</source>
        <translation>Không tìm thấy chứng thư số &quot;%1&quot; có khóa ký; các chứng thư có thể ký: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate &quot;%1&quot; expired on %2; a signature made with it would not count. Sign with a current certificate.</source>
        <translation>Chứng thư số &quot;%1&quot; đã hết hạn ngày %2; chữ ký bằng chứng thư này không có giá trị. Hãy ký bằng chứng thư còn hiệu lực.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate &quot;%1&quot; is valid only from %2</source>
        <translation>Chứng thư số &quot;%1&quot; chỉ có hiệu lực từ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1 as a PDF to sign it</source>
        <translation>Không mở được %1 dưới dạng PDF để ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has no page %1</source>
        <translation>Tệp PDF không có trang %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed by: %1
Date: %2</source>
        <translation>Ký bởi: %1
Ngày ký: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The signature could not be written with the certificate &quot;%1&quot; (the token may have been removed, or refused the key)</source>
        <translation>Không ghi được chữ ký bằng chứng thư số &quot;%1&quot; (có thể thiết bị ký số đã bị rút ra, hoặc từ chối dùng khóa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed copy of %1 does not read back</source>
        <translation>Không đọc lại được bản đã ký của %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed copy of %1 does not verify (%2)</source>
        <translation>Bản đã ký của %1 không kiểm tra được (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1 as a PDF</source>
        <translation>Không mở được %1 dưới dạng PDF</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfTextExtractor</name>
    <message>
        <location filename="../../meeting_core/pdf/pdftextextractor.cpp" line="+67"/>
        <source>The document file %1 is missing.</source>
        <translation>Không có tệp tài liệu %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document %1 is damaged or is not a PDF.</source>
        <translation>Tài liệu %1 bị hỏng hoặc không phải là PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document %1 is protected by a password.</source>
        <translation>Tài liệu %1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The document %1 has %2 pages; only the first %3 can be searched.</source>
        <translation>Tài liệu %1 có %2 trang; chỉ tìm kiếm được trong %3 trang đầu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the text of %1 took longer than %2 seconds; pages from %3 on cannot be searched.</source>
        <translation>Việc đọc nội dung chữ của %1 mất hơn %2 giây; không tìm kiếm được từ trang %3 trở đi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document %1 holds more than %2 characters of text; pages from %3 on cannot be searched.</source>
        <translation>Tài liệu %1 chứa hơn %2 ký tự; không tìm kiếm được từ trang %3 trở đi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page %1 of %2 took longer than %3 seconds to read; it cannot be searched.</source>
        <translation>Trang %1 của %2 mất hơn %3 giây để đọc; không tìm kiếm được trong trang này.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page %1 of %2 holds more than %3 characters of text; the rest of it cannot be searched.</source>
        <translation>Trang %1 của %2 chứa hơn %3 ký tự; không tìm kiếm được phần còn lại của trang.</translation>
    </message>
</context>
<context>
    <name>phonghop::PeopleCsv</name>
    <message>
        <location filename="../../meeting_core/publish/peoplecsv.cpp" line="+135"/>
        <source>The file is not in UTF-8; it was read as %1. Check the names below before you add them.</source>
        <translation>Tệp không theo mã UTF-8; đã đọc theo %1. Hãy kiểm tra các họ tên dưới đây trước khi thêm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds no rows</source>
        <translation>Tệp không có dòng nào</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</source>
        <translation>Tệp không có cột họ tên (&quot;Họ và tên&quot; hoặc &quot;name&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 has no name and was skipped</source>
        <translation>Dòng %1 không có họ tên nên đã bị bỏ qua</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a role; %3 has no role yet</source>
        <translation>Dòng %1: &quot;%2&quot; không phải là vai trò; %3 chưa có vai trò</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a vote weight; 1 is used</source>
        <translation>Dòng %1: &quot;%2&quot; không phải là trọng số phiếu; dùng 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::PeopleDirectory</name>
    <message>
        <location filename="../../meeting_core/org/peopledirectory.cpp" line="+139"/>
        <source>&quot;%1&quot; is not a valid person id (letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, at most 64)</source>
        <translation>&quot;%1&quot; không phải là mã người hợp lệ (chữ cái, chữ số, &apos;-&apos;, &apos;.&apos; hoặc &apos;_&apos;, tối đa 64 ký tự)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two people have the id &quot;%1&quot;</source>
        <translation>Có hai người cùng mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person &quot;%1&quot; has no name</source>
        <translation>Người có mã &quot;%1&quot; chưa có họ tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vote weight of %1 is negative</source>
        <translation>Trọng số biểu quyết của %1 là số âm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A device of %1 has an invalid key</source>
        <translation>Một thiết bị của %1 có khóa không hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device %1 is listed twice in the directory</source>
        <translation>Thiết bị %1 xuất hiện hai lần trong danh bạ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The directory is malformed: %1</source>
        <translation>Danh bạ sai cấu trúc: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::PersonalNotes</name>
    <message>
        <location filename="../../meeting_core/desk/personalnotes.cpp" line="+24"/>
        <source>the disk is full.</source>
        <translation>ổ đĩa đã đầy.</translation>
    </message>
</context>
<context>
    <name>phonghop::Poll</name>
    <message>
        <location filename="../../meeting_core/voting/poll.cpp" line="+188"/>
        <source>Unknown rule preset &quot;%1&quot; (known: %2)</source>
        <translation>Quy tắc mẫu không xác định &quot;%1&quot; (các quy tắc có sẵn: %2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Unknown rule field &quot;%1&quot;; a rule has preset, base, threshold, quorum and tieBreak</source>
        <translation>Trường quy tắc không xác định &quot;%1&quot;; quy tắc gồm preset, base, threshold, quorum và tieBreak</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown base &quot;%1&quot;; use entitled, present, cast or cast-yes-no</source>
        <translation>Căn cứ tính không xác định &quot;%1&quot;; hãy dùng entitled, present, cast hoặc cast-yes-no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown threshold; use more-than-half, two-thirds or three-quarters</source>
        <translation>Ngưỡng không xác định; hãy dùng more-than-half, two-thirds hoặc three-quarters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown quorum; use none, more-than-half or two-thirds</source>
        <translation>Số lượng tối thiểu không xác định; hãy dùng none, more-than-half hoặc two-thirds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown tie break; use none or chair</source>
        <translation>Cách xử lý khi bằng phiếu không xác định; hãy dùng none hoặc chair</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than half</source>
        <translation>quá nửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least two thirds</source>
        <translation>ít nhất hai phần ba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least three quarters</source>
        <translation>ít nhất ba phần tư</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of all members entitled to vote</source>
        <translation>tổng số thành viên có quyền biểu quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the members present</source>
        <translation>số thành viên có mặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the ballots cast</source>
        <translation>số phiếu đã bỏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the ballots for and against (abstentions not counted)</source>
        <translation>số phiếu tán thành và không tán thành (không tính phiếu không biểu quyết)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs %1 %2</source>
        <translation>Cần %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, with more than half of the members present</source>
        <translation>, với quá nửa số thành viên có mặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, with at least two thirds of the members present</source>
        <translation>, với ít nhất hai phần ba số thành viên có mặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; on a tie the side the chair voted with wins</source>
        <translation>; khi bằng phiếu, bên có chủ trì biểu quyết là bên thắng</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The poll has no id</source>
        <translation>Cuộc biểu quyết không có mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll has no options</source>
        <translation>Cuộc biểu quyết không có phương án</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option labels must be present and distinct</source>
        <translation>Tên các phương án phải có và không được trùng nhau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An &quot;other opinion&quot; option belongs to approval and yes/no polls; a choice poll&apos;s options are all candidates</source>
        <translation>Phương án &quot;ý kiến khác&quot; chỉ dùng cho biểu quyết tán thành và đồng ý/không đồng ý; các phương án của biểu quyết lựa chọn đều là ứng viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll has at most one &quot;other opinion&quot; option</source>
        <translation>Mỗi biểu quyết có nhiều nhất một phương án &quot;ý kiến khác&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base cast-yes-no counts the ballots for and against, which a choice poll does not have; use cast, present or entitled</source>
        <translation>Căn cứ cast-yes-no tính số phiếu tán thành và không tán thành, mà biểu quyết lựa chọn không có; hãy dùng cast, present hoặc entitled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A choice poll&apos;s options are all candidates</source>
        <translation>Các phương án của cuộc bầu chọn đều là ứng viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll allows %1 to %2 choices of %3 options</source>
        <translation>Cuộc biểu quyết cho phép chọn từ %1 đến %2 trong %3 phương án</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An approval or yes/no poll has one Yes and one No option (and, for approval, at most one Abstain option)</source>
        <translation>Biểu quyết tán thành hoặc biểu quyết có/không có một phương án Đồng ý và một phương án Không đồng ý (biểu quyết tán thành có thể thêm tối đa một phương án Không biểu quyết)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An approval or yes/no ballot has exactly one choice</source>
        <translation>Phiếu biểu quyết tán thành hoặc có/không chỉ có đúng một lựa chọn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ballot names an option the poll does not have</source>
        <translation>Phiếu ghi một phương án không có trong cuộc biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ballot names one option twice</source>
        <translation>Phiếu ghi một phương án hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ballot names %1 options; at least %2 are needed</source>
        <translation>Phiếu ghi %1 phương án; cần ít nhất %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ballot names %1 options; at most %2 are allowed</source>
        <translation>Phiếu ghi %1 phương án; chỉ được tối đa %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ballot carries an opinion text but does not choose &quot;%1&quot;</source>
        <translation>Phiếu có nội dung ý kiến nhưng không chọn &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your opinion for &quot;%1&quot; (it cannot be empty)</source>
        <translation>Hãy ghi ý kiến cho &quot;%1&quot; (không được để trống)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opinion is %1 characters long; at most %2 are allowed</source>
        <translation>Ý kiến dài %1 ký tự; chỉ được tối đa %2 ký tự</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The opinion contains a control character</source>
        <translation>Ý kiến chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown poll kind &quot;%1&quot;; use approval, yes-no or choice</source>
        <translation>Loại biểu quyết không xác định &quot;%1&quot;; hãy dùng approval, yes-no hoặc choice</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown option meaning &quot;%1&quot;</source>
        <translation>Ý nghĩa phương án không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The poll&apos;s rule must be a preset name or an object</source>
        <translation>Quy tắc của biểu quyết phải là tên một quy tắc có sẵn hoặc một đối tượng</translation>
    </message>
</context>
<context>
    <name>phonghop::PollRecords</name>
    <message>
        <location filename="../../meeting_core/voting/pollrecords.cpp" line="+57"/>
        <source>The poll-open record has no valid opening time</source>
        <translation>Bản ghi mở biểu quyết không có thời điểm mở hợp lệ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Poll-open record refused: %1</source>
        <translation>Biên bản mở biểu quyết bị từ chối: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Poll-open record refused: it is not signed by the chair</source>
        <translation>Biên bản mở biểu quyết bị từ chối: không do chủ trì ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poll-open record refused: it cites another meeting or roster</source>
        <translation>Biên bản mở biểu quyết bị từ chối: dẫn chiếu đến cuộc họp hoặc danh sách thành viên khác</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not entitled to vote in this meeting</source>
        <translation>%1 không có quyền biểu quyết trong cuộc họp này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is not enrolled for %1 in the roster; ask the secretary to enrol it</source>
        <translation>Thiết bị này chưa được đăng ký cho %1 trong danh sách thành viên; đề nghị thư ký đăng ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rules of this body do not let a proxy holder vote: %1 cannot cast %2&apos;s ballot</source>
        <translation>Quy chế của cơ quan không cho người được ủy quyền biểu quyết: %1 không thể bỏ phiếu thay cho %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ballot&apos;s sequence number starts at 1</source>
        <translation>Số thứ tự của phiếu bắt đầu từ 1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The poll&apos;s chair key cannot receive a secret ballot</source>
        <translation>Khóa chủ trì của cuộc biểu quyết không nhận được phiếu kín</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The poll-close record counts a vote weight no roster can give</source>
        <translation>Bản ghi kết thúc biểu quyết tính một trọng số phiếu mà không danh sách nào có thể có</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The poll-close record misses required fields</source>
        <translation>Biên bản kết thúc biểu quyết thiếu các trường bắt buộc</translation>
    </message>
</context>
<context>
    <name>phonghop::PreparedPoll</name>
    <message>
        <location filename="../../meeting_core/voting/preparedpoll.cpp" line="+23"/>
        <source>give either &quot;rule&quot; or &quot;preset&quot;, not both</source>
        <translation>chỉ ghi một trong hai: &quot;rule&quot; hoặc &quot;preset&quot;</translation>
    </message>
</context>
<context>
    <name>phonghop::PublishValidator</name>
    <message>
        <location filename="../../meeting_core/publish/publishvalidator.cpp" line="+50"/>
        <source>The meeting has no title.</source>
        <translation>Cuộc họp chưa có tiêu đề.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be a meeting id: use lower-case letters, digits and dashes.</source>
        <translation>&quot;%1&quot; không dùng làm mã cuộc họp được: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting has no start date and time.</source>
        <translation>Cuộc họp chưa có ngày giờ bắt đầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting ends before it starts.</source>
        <translation>Cuộc họp kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda is empty: add at least one item.</source>
        <translation>Chương trình họp còn trống: hãy thêm ít nhất một nội dung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An agenda item has no title.</source>
        <translation>Có nội dung chưa có tiêu đề.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A participant has no name.</source>
        <translation>Có thành viên chưa có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role: choose chair, secretary, delegate or guest.</source>
        <translation>%1 chưa có vai trò: hãy chọn chủ trì, thư ký, đại biểu hoặc khách mời.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice.</source>
        <translation>%1 có tên hai lần.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document %1 is attached twice.</source>
        <translation>Tài liệu %1 được đính kèm hai lần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document %1 belongs to no agenda item.</source>
        <translation>Tài liệu %1 không thuộc nội dung nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file of document %1 is missing: %2</source>
        <translation>Không có tệp của tài liệu %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document %1 is damaged or is not really a .%2 file (%3). Open it in Word or LibreOffice, save it again, and attach it again.</source>
        <translation>Tài liệu %1 bị hỏng hoặc không thật sự là tệp .%2 (%3). Hãy mở bằng Word hoặc LibreOffice, lưu lại rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document %1 is not a PDF file nor a Word, Excel or OpenDocument file (%2). Save it as PDF and attach it again.</source>
        <translation>Tài liệu %1 không phải tệp PDF, cũng không phải tệp Word, Excel hay OpenDocument (%2). Hãy lưu thành PDF rồi đính kèm lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1 cannot be opened as a PDF: %2</source>
        <translation>Không mở được tài liệu %1 dưới dạng PDF: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document %1 has no pages.</source>
        <translation>Tài liệu %1 không có trang nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document %1 is the same file as %2.</source>
        <translation>Tài liệu %1 trùng tệp với %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document %1 is confidential (&quot;Mật&quot;) but names no recipient.</source>
        <translation>Tài liệu %1 là tài liệu mật (&quot;Mật&quot;) nhưng chưa ghi người nhận.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document %1 names a recipient who is not a participant (%2).</source>
        <translation>Tài liệu %1 ghi người nhận không phải là thành viên cuộc họp (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Two prepared polls have the id &quot;%1&quot;; give each its own.</source>
        <translation>Hai biểu quyết chuẩn bị sẵn cùng có mã &quot;%1&quot;; hãy đặt cho mỗi biểu quyết một mã riêng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared poll %1 has no title: write the question delegates vote on.</source>
        <translation>Biểu quyết chuẩn bị sẵn %1 chưa có tiêu đề: hãy ghi nội dung đại biểu biểu quyết.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared poll %1 belongs to no agenda item: choose the item it is voted under.</source>
        <translation>Biểu quyết chuẩn bị sẵn %1 chưa thuộc nội dung nào của chương trình: hãy chọn nội dung sẽ biểu quyết.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared poll %1 names agenda item &quot;%2&quot;, which is not on the agenda: choose one of the meeting&apos;s items.</source>
        <translation>Biểu quyết chuẩn bị sẵn %1 ghi nội dung &quot;%2&quot;, không có trong chương trình họp: hãy chọn một nội dung của cuộc họp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared poll %1 cannot be opened as written: %2. Correct its kind, options or voting rule.</source>
        <translation>Biểu quyết chuẩn bị sẵn %1 không mở được như đã ghi: %2. Hãy sửa hình thức, phương án hoặc quy tắc biểu quyết.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Two agenda items have the id &quot;%1&quot;; give each its own.</source>
        <translation>Hai nội dung của chương trình có cùng mã &quot;%1&quot;; hãy đặt cho mỗi nội dung một mã riêng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda item &quot;%1&quot; is placed under an item that does not exist or under itself (%2).</source>
        <translation>Nội dung &quot;%1&quot; được đặt dưới một nội dung không tồn tại hoặc dưới chính nó (%2).</translation>
    </message>
</context>
<context>
    <name>phonghop::Roster</name>
    <message>
        <location filename="../../meeting_core/trust/roster.cpp" line="+98"/>
        <source>The roster names no meeting</source>
        <translation>Danh sách thành viên không ghi cuộc họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster has no valid revision number</source>
        <translation>Danh sách thành viên không có số bản hợp lệ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant id &quot;%1&quot; is missing, malformed or repeated</source>
        <translation>Mã thành viên &quot;%1&quot; bị thiếu, sai dạng hoặc bị lặp</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>Participant &quot;%1&quot; has an invalid vote weight</source>
        <translation>Thành viên &quot;%1&quot; có trọng số phiếu không hợp lệ</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Device id &quot;%1&quot; is missing, malformed or repeated</source>
        <translation>Mã thiết bị &quot;%1&quot; bị thiếu, sai dạng hoặc bị lặp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device &quot;%1&quot; has an invalid or repeated public key</source>
        <translation>Thiết bị &quot;%1&quot; có khóa công khai không hợp lệ hoặc bị lặp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A roster names exactly one chair (found %1)</source>
        <translation>Danh sách thành viên phải có đúng một chủ trì (tìm thấy %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The roster lists no participants</source>
        <translation>Danh sách thành viên không có ai</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The roster&apos;s &quot;%1&quot; must be true or false</source>
        <translation>Trường &quot;%1&quot; của danh sách thành viên phải là true hoặc false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participant &quot;%1&quot; has an unknown role</source>
        <translation>Thành viên &quot;%1&quot; có vai trò không xác định</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Device &quot;%1&quot; has an unreadable public key</source>
        <translation>Thiết bị &quot;%1&quot; có khóa công khai không đọc được</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Roster refused: %1</source>
        <translation>Danh sách thành viên bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new roster is for another meeting</source>
        <translation>Danh sách thành viên mới thuộc một cuộc họp khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster revision %1 is older than revision %2 already seen: an old roster was put back on the share</source>
        <translation>Danh sách thành viên bản %1 cũ hơn bản %2 đã thấy: một danh sách cũ đã bị đặt lại vào thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two different rosters carry revision %1</source>
        <translation>Hai danh sách thành viên khác nhau cùng mang số bản %1</translation>
    </message>
</context>
<context>
    <name>phonghop::RosterBuilder</name>
    <message>
        <location filename="../../meeting_core/org/rosterbuilder.cpp" line="+173"/>
        <location line="+7"/>
        <source>The roster of %1 cannot be written: %2</source>
        <translation>Không ghi được danh sách thành phần của %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roster of %1 is being published by someone else at the same time; try again</source>
        <translation>Danh sách thành phần của %1 đang được người khác phát hành cùng lúc; hãy thử lại</translation>
    </message>
</context>
<context>
    <name>phonghop::SealedDocument</name>
    <message>
        <location filename="../../meeting_core/confidential/sealeddocument.cpp" line="+25"/>
        <source>Confidential document — only its recipients may read it</source>
        <translation>Tài liệu mật — chỉ người nhận được xem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office does not allow this confidential document to be exported or printed</source>
        <translation>Cơ quan không cho phép xuất hoặc in tài liệu mật này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no recipient has an enrolled device to receive it</source>
        <translation>không người nhận nào có thiết bị đã đăng ký để nhận tài liệu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the device key of %1 is not a valid key</source>
        <translation>khóa thiết bị của %1 không hợp lệ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the confidential document “%1” needs a shared folder in format 2.1 or later, and this one is in format %2.%3. Upgrade the shared folder first (phonghop-cli org upgrade-share), once every seat runs PhòngHọp 2.1.</source>
        <translation>tài liệu mật “%1” cần thư mục dùng chung định dạng 2.1 trở lên, nhưng thư mục này đang ở định dạng %2.%3. Hãy nâng cấp thư mục dùng chung trước (phonghop-cli org upgrade-share), sau khi mọi máy đã chạy PhòngHọp 2.1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key of the confidential document “%1” does not open with this device&apos;s key: it was sealed for another device, or altered.</source>
        <translation>Khóa của tài liệu mật “%1” không mở được bằng khóa của thiết bị này: khóa được niêm phong cho thiết bị khác, hoặc đã bị sửa đổi.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The confidential document “%1” is not in the cache yet: sync, then try again.</source>
        <translation>Tài liệu mật “%1” chưa có trong bộ nhớ đệm: hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location line="+131"/>
        <location line="+17"/>
        <source>The document “%1” cannot be opened: %2</source>
        <translation>Không mở được tài liệu “%1”: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::SearchIndex</name>
    <message>
        <location filename="../../meeting_core/search/searchindex.cpp" line="+33"/>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The search index %1 is busy.</source>
        <translation>Chỉ mục tìm kiếm %1 đang bận.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The search index %1 cannot be opened: %2</source>
        <translation>Không mở được chỉ mục tìm kiếm %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search index cannot be opened.</source>
        <translation>Không mở được chỉ mục tìm kiếm.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The search index could not be updated: %1</source>
        <translation>Không cập nhật được chỉ mục tìm kiếm: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionDocument</name>
    <message>
        <location filename="../../meeting_core/session/sessiondocument.cpp" line="+107"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionScanner</name>
    <message>
        <location filename="../../meeting_core/session/sessionscanner.cpp" line="+107"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The share holds no roster signed by the organisation for this meeting yet</source>
        <translation>Thư mục dùng chung chưa có danh sách thành viên của cuộc họp này do cơ quan ký</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Only the chair may close a poll</source>
        <translation>Chỉ chủ trì mới được kết thúc biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such poll</source>
        <translation>Không có biểu quyết này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll is already closed</source>
        <translation>Biểu quyết đã kết thúc trước đó</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Another roster with revision %1 was verified before; this one is ignored</source>
        <translation>Một danh sách thành viên khác cùng bản %1 đã được xác minh trước đó; danh sách này bị bỏ qua</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>This seat&apos;s record %1 is gone from the shared folder and could not be delivered again: %2</source>
        <translation>Hồ sơ %1 của máy này không còn trong thư mục dùng chung và không gửi lại được: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file); it was delivered again</source>
        <translation>Hồ sơ %1 của máy này đã biến mất khỏi thư mục dùng chung (bị xóa, hoặc bị thay bằng một tệp khác); hồ sơ đã được gửi lại</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>This file cannot be read as a record: %1</source>
        <translation>Tệp này không đọc được như một hồ sơ: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unreadable record: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message>
        <location line="+227"/>
        <location filename="../../meeting_core/session/sessionscannerlog.cpp" line="+173"/>
        <source>%1 record(s) in this folder are signed by keys no roster of the meeting lists; they are ignored</source>
        <translation>%1 hồ sơ trong thư mục này được ký bằng khóa không có trong danh sách thành viên nào của cuộc họp; các hồ sơ này bị bỏ qua</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../meeting_core/session/sessionscannerlog.cpp" line="+6"/>
        <source>%1 more file(s) in this folder are not records that can be read; they are ignored</source>
        <translation>Còn %1 tệp trong thư mục này không phải là hồ sơ đọc được; các tệp này bị bỏ qua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 file(s) on the shared folder are not read yet; the next look at the share goes on</source>
        <translation>%1 tệp trong thư mục dùng chung chưa được đọc; lần đọc thư mục dùng chung tiếp theo sẽ đọc tiếp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder holds more records than this seat keeps (%1); the rest are not counted</source>
        <translation>Thư mục dùng chung có nhiều hồ sơ hơn số máy này lưu giữ (%1); phần còn lại không được tính</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionService</name>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="+108"/>
        <source>Acting as another participant is only possible on the demo share</source>
        <translation>Chỉ có thể đóng vai thành viên khác trên thư mục dùng chung mẫu</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The session&apos;s summary for the statistics could not be kept in the cache: %1</source>
        <translation>Không lưu được bản tóm tắt phiên họp dùng cho thống kê vào bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The poll was not closed: %1</source>
        <translation>Chưa kết thúc biểu quyết: %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionserviceactions.cpp" line="+32"/>
        <source>This device has no key</source>
        <translation>Thiết bị này chưa có khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster of this meeting has not reached this seat yet</source>
        <translation>Danh sách thành viên của cuộc họp này chưa đến chỗ ngồi này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is not enrolled in the meeting roster yet; ask the secretary to add its key (fingerprint %1)</source>
        <translation>Thiết bị này chưa được đăng ký trong danh sách thành viên của cuộc họp; đề nghị thư ký thêm khóa của thiết bị (dấu vân tay %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the %1 may do this</source>
        <translation>Chỉ %1 mới được làm việc này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full: this was not recorded. Free some space on this device and try again</source>
        <translation>Ổ đĩa đã đầy: thao tác này chưa được ghi lại. Hãy giải phóng dung lượng trên thiết bị rồi thử lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat&apos;s cache could not record this: %1</source>
        <translation>Bộ nhớ đệm của thiết bị không ghi lại được thao tác này: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept on this seat: the shared folder cannot be reached, so it will be delivered when the folder is back</source>
        <translation>Đã lưu trên thiết bị này: chưa truy cập được thư mục dùng chung, sẽ gửi lên khi thư mục truy cập lại được</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the secretary may check in someone else</source>
        <translation>Chỉ thư ký mới được điểm danh cho người khác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the secretary may record someone else&apos;s absence</source>
        <translation>Chỉ thư ký mới được ghi nhận vắng mặt cho người khác</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the secretary may record a proxy for someone else</source>
        <translation>Chỉ thư ký mới được ghi nhận ủy quyền cho người khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy must name another participant of the meeting</source>
        <translation>Ủy quyền phải ghi rõ một thành viên khác của cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1</source>
        <translation>cho %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topic is %1 characters long; at most %2 are kept with a request to speak</source>
        <translation>Nội dung đăng ký dài %1 ký tự; mỗi lượt đăng ký phát biểu chỉ giữ tối đa %2 ký tự</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chair has closed the speakers&apos; list of this item: no more requests to speak are taken unless the chair reopens it</source>
        <translation>Chủ tọa đã khóa danh sách phát biểu của nội dung này: không nhận thêm đăng ký phát biểu, trừ khi chủ tọa mở lại</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody is waiting to speak</source>
        <translation>Không có ai đang chờ phát biểu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody has the floor</source>
        <translation>Không có ai đang phát biểu</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicevoting.cpp" line="+72"/>
        <source>A poll with this id was already opened</source>
        <translation>Một biểu quyết có mã này đã được mở</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+59"/>
        <source>No such poll</source>
        <translation>Không có biểu quyết này</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The poll is closed</source>
        <translation>Biểu quyết đã kết thúc</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not on the meeting&apos;s roster</source>
        <translation>%1 không có trong danh sách thành viên của cuộc họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules of this body do not let a proxy holder vote; %1 votes only in person</source>
        <translation>Quy chế của cơ quan không cho người được ủy quyền biểu quyết; %1 chỉ được biểu quyết trực tiếp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not given you their proxy, so you cannot vote for them</source>
        <translation>%1 chưa ủy quyền cho bạn, nên bạn không thể biểu quyết thay</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>secret ballot</source>
        <translation>bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, by proxy for %2</source>
        <translation>%1, biểu quyết thay cho %2 (ủy quyền)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The poll is already closed</source>
        <translation>Biểu quyết đã kết thúc trước đó</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="-122"/>
        <source>passed</source>
        <translation>thông qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>không thông qua</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionserviceactions.cpp" line="+144"/>
        <source>The decision chain on the share has problems; resolve them first</source>
        <translation>Chuỗi quyết định trên thư mục dùng chung có vấn đề; cần xử lý trước</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Poll %1 is not closed</source>
        <translation>Biểu quyết %1 chưa kết thúc</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The agenda has no item %1</source>
        <translation>Chương trình họp không có nội dung %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No such draft conclusion</source>
        <translation>Không có dự thảo kết luận này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conclusion is already in the decision record</source>
        <translation>Kết luận này đã có trong chuỗi quyết định</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only the chair may correct a conclusion; nothing was recorded</source>
        <translation>Chỉ chủ tọa được điều chỉnh kết luận; chưa ghi gì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision record has no decision %1</source>
        <translation>Sổ quyết định không có quyết định %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision %1 has already been corrected; correct the decision that replaced it</source>
        <translation>Quyết định %1 đã được điều chỉnh; hãy điều chỉnh quyết định thay thế nó</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a SHA-256 (64 hexadecimal digits): cite a document by the SHA-256 of its file on the share</source>
        <translation>&quot;%1&quot; không phải mã SHA-256 (64 chữ số thập lục phân): hãy dẫn chiếu tài liệu bằng mã SHA-256 của tệp trên thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document of this meeting has the SHA-256 %1</source>
        <translation>Không có tài liệu nào của cuộc họp này có mã SHA-256 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair or the secretary may record a conclusion</source>
        <translation>Chỉ Chủ tọa hoặc Thư ký được ghi kết luận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conclusion is empty</source>
        <translation>Nội dung kết luận đang trống</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The last decision could not be read again</source>
        <translation>Không đọc lại được quyết định gần nhất</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The chair has signed the minutes; they are locked</source>
        <translation>Chủ trì đã ký biên bản; biên bản đã được khóa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The minutes are already signed</source>
        <translation>Biên bản đã được ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicevoting.cpp" line="-48"/>
        <source>This device was enrolled after poll %1 was opened; it can vote from the next poll on</source>
        <translation>Thiết bị này được đăng ký sau khi biểu quyết %1 được mở; thiết bị có thể biểu quyết từ lần biểu quyết tiếp theo</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="+58"/>
        <source>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file) and was delivered again at %2</source>
        <translation>Hồ sơ %1 của máy này đã biến mất khỏi thư mục dùng chung (bị xóa, hoặc bị thay bằng một tệp khác) và đã được gửi lại lúc %2</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicespeakers.cpp" line="+18"/>
        <source>No such request to speak</source>
        <translation>Không có lượt đăng ký phát biểu này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1, who asked, may withdraw this request to speak</source>
        <translation>Chỉ %1, người đã đăng ký, được rút lượt đăng ký phát biểu này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chair has already given the floor for this request</source>
        <translation>Chủ tọa đã mời phát biểu theo lượt đăng ký này</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>This request to speak is no longer waiting</source>
        <translation>Lượt đăng ký phát biểu này không còn trong danh sách chờ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose the agenda item whose speakers&apos; list this is</source>
        <translation>Hãy chọn nội dung của danh sách phát biểu này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The speakers&apos; list of this item is already closed</source>
        <translation>Danh sách phát biểu của nội dung này đã khóa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers&apos; list of this item is open</source>
        <translation>Danh sách phát biểu của nội dung này đang mở</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list has changed meanwhile; look at it again</source>
        <translation>Danh sách vừa thay đổi; hãy xem lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A speaking time is from 0 (none) to %1 minutes</source>
        <translation>Thời gian phát biểu từ 0 (không giới hạn) đến %1 phút</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicedocuments.cpp" line="+42"/>
        <source>No meeting is open</source>
        <translation>Chưa mở cuộc họp nào</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionState</name>
    <message>
        <location filename="../../meeting_core/session/sessionpolls.cpp" line="+85"/>
        <source>sequence %1, cast at %2</source>
        <translation>số thứ tự %1, bỏ lúc %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) has not reached the shared folder yet: it is kept on this seat and delivered as soon as the folder takes it</source>
        <translation>Phiếu cuối cùng của bạn trong biểu quyết &quot;%1&quot; (%2) chưa đến thư mục dùng chung: phiếu được giữ trên máy này và sẽ được gửi ngay khi thư mục nhận được</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is on the shared folder but was refused: %3</source>
        <translation>Phiếu cuối cùng của bạn trong biểu quyết &quot;%1&quot; (%2) có trong thư mục dùng chung nhưng bị từ chối: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder, and an older ballot of yours (sequence %3) counts in its place</source>
        <translation>Phiếu cuối cùng của bạn trong biểu quyết &quot;%1&quot; (%2) không còn trong thư mục dùng chung, và một phiếu cũ hơn của bạn (số thứ tự %3) đang được tính thay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder: no ballot of yours counts</source>
        <translation>Phiếu cuối cùng của bạn trong biểu quyết &quot;%1&quot; (%2) không còn trong thư mục dùng chung: không phiếu nào của bạn được tính</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A ballot signed with this seat&apos;s own key, which this seat did not cast, counts for you in poll &quot;%1&quot; (sequence %2): someone else may hold this device&apos;s key</source>
        <translation>Một phiếu ký bằng khóa của chính máy này, nhưng không do máy này bỏ, đang được tính cho bạn trong biểu quyết &quot;%1&quot; (số thứ tự %2): có thể người khác đang giữ khóa của thiết bị này</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your ballot for %1 (by proxy) in poll &quot;%2&quot; has not reached the shared folder yet</source>
        <translation>Phiếu bạn bỏ thay cho %1 (ủy quyền) trong biểu quyết &quot;%2&quot; chưa đến thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ballot for %1 (by proxy) in poll &quot;%2&quot; was refused: %3</source>
        <translation>Phiếu bạn bỏ thay cho %1 (ủy quyền) trong biểu quyết &quot;%2&quot; bị từ chối: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; does not count your ballot for %2 (by proxy)</source>
        <translation>Biên bản kết thúc biểu quyết &quot;%1&quot; của chủ trì không tính phiếu bạn bỏ thay cho %2 (ủy quyền)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; counts your last ballot with other choices than you made</source>
        <translation>Biên bản kết thúc biểu quyết &quot;%1&quot; của chủ trì tính phiếu cuối cùng của bạn với lựa chọn khác với lựa chọn bạn đã bỏ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; does not count your last ballot</source>
        <translation>Biên bản kết thúc biểu quyết &quot;%1&quot; của chủ trì không tính phiếu cuối cùng của bạn</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionstate.cpp" line="+53"/>
        <source>Not checked in</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Absent with a reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent without a reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Not handled yet</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deferred</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionadmission.cpp" line="+97"/>
        <source>A revoked device wrote this %1: %2&apos;s device %3 (%4) is no longer in the roster, so it does not count</source>
        <translation>Một thiết bị đã bị thu hồi đã ghi bản ghi “%1” này: thiết bị %3 (%4) của %2 không còn trong danh sách thành viên, nên bản ghi không được tính</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unreadable record: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A poll opening that cites a roster revision this seat has not verified</source>
        <translation>Bản ghi mở biểu quyết dẫn chiếu một bản danh sách thành viên mà máy này chưa xác minh</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Signed by a key the roster does not list</source>
        <translation>Được ký bằng khóa không có trong danh sách thành viên</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Found in a folder other than its signing device&apos;s own</source>
        <translation>Nằm trong thư mục không phải của thiết bị đã ký</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A correction of a conclusion signed by %1 (%2), who is not the chair, is ignored: only the chair corrects a conclusion</source>
        <translation>Bản điều chỉnh kết luận do %1 (%2) ký, người này không phải chủ tọa, bị bỏ qua: chỉ chủ tọa mới được điều chỉnh kết luận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision signed by %1 (%2), who is not the chair, is ignored</source>
        <translation>Một kết luận do %1 (%2) ký, người không phải là chủ trì, bị bỏ qua</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown kind of record: %1</source>
        <translation>Loại hồ sơ không xác định: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record for another meeting</source>
        <translation>Hồ sơ của cuộc họp khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record without a valid time</source>
        <translation>Hồ sơ không có thời gian hợp lệ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the chair may do this (%1 is %2)</source>
        <translation>Chỉ người chủ trì mới được làm việc này (%1 là %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the secretary or the chair may write a conclusion (%1 is %2)</source>
        <translation>Chỉ Thư ký hoặc Chủ tọa được ghi kết luận (%1 là %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dated %1, more than half an hour after this seat first saw it (%2): a time in the future is refused</source>
        <translation>Ghi thời điểm %1, muộn hơn quá nửa giờ so với lúc máy này thấy hồ sơ lần đầu (%2): thời điểm ở tương lai bị từ chối</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dated %1, before the meeting&apos;s roster was issued (%2): such a time is refused</source>
        <translation>Ghi thời điểm %1, trước khi danh sách thành viên của cuộc họp được ban hành (%2): thời điểm như vậy bị từ chối</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionevents.cpp" line="+46"/>
        <source>Attendance record for someone not on the roster: %1</source>
        <translation>Hồ sơ điểm danh của người không có trong danh sách thành viên: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record attendance for %2</source>
        <translation>%1 không được điểm danh thay cho %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A proxy must name another participant on the roster</source>
        <translation>Ủy quyền phải ghi rõ một thành viên khác trong danh sách</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A draft conclusion cites a document by something that is not a SHA-256</source>
        <translation>Dự thảo kết luận dẫn chiếu tài liệu bằng một giá trị không phải mã SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chair marked an agenda item with an unknown status</source>
        <translation>Chủ tọa đánh dấu một nội dung chương trình bằng trạng thái không xác định</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionspeakers.cpp" line="+96"/>
        <source>%1&apos;s request to speak is refused: its topic is longer than %2 characters</source>
        <translation>Lượt đăng ký phát biểu của %1 bị từ chối: nội dung dài quá %2 ký tự</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s request to speak on item %2 is refused: the chair had closed the speakers&apos; list of that item</source>
        <translation>Lượt đăng ký phát biểu của %1 về nội dung %2 bị từ chối: chủ tọa đã khóa danh sách phát biểu của nội dung đó</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 withdrew a request to speak that is not on the share</source>
        <translation>%1 rút một lượt đăng ký phát biểu không có trên thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not withdraw %2&apos;s request to speak: only the one who asked may</source>
        <translation>%1 không được rút lượt đăng ký phát biểu của %2: chỉ người đăng ký mới được rút</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 withdrew a request to speak after the chair gave the floor: it stands</source>
        <translation>%1 rút lượt đăng ký phát biểu sau khi chủ tọa đã mời phát biểu: lượt đăng ký vẫn giữ nguyên</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The chair removed a request to speak that is not on the share</source>
        <translation>Chủ tọa xóa một lượt đăng ký phát biểu không có trên thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action on the speakers&apos; list: %1</source>
        <translation>Thao tác không rõ trên danh sách phát biểu: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A speaking time that is not a number of seconds from 0 to %1 is ignored</source>
        <translation>Thời gian phát biểu không phải số giây từ 0 đến %1 nên bị bỏ qua</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The chair called a request that is not on the share</source>
        <translation>Chủ trì mời phát biểu theo một đăng ký không có trên thư mục dùng chung</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionpolls.cpp" line="+26"/>
        <source>Poll &quot;%1&quot; was opened twice; the first opening counts</source>
        <translation>Biểu quyết &quot;%1&quot; được mở hai lần; lần mở đầu tiên có hiệu lực</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A close record for poll &quot;%1&quot; was refused: %2</source>
        <translation>Biên bản kết thúc biểu quyết &quot;%1&quot; bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A close record for a poll that was never opened</source>
        <translation>Biên bản kết thúc cho một biểu quyết chưa từng được mở</translation>
    </message>
</context>
<context>
    <name>phonghop::ShareReader</name>
    <message>
        <location filename="../../meeting_core/share/sharereader.cpp" line="+63"/>
        <source>The share %1 cannot be reached</source>
        <translation>Không kết nối được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PhòngHọp share (no %2)</source>
        <translation>%1 không phải là thư mục dùng chung của PhòngHọp (không có %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged or incomplete</source>
        <translation>%1 bị hỏng hoặc chưa đầy đủ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no valid format version</source>
        <translation>%1 không có phiên bản định dạng hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This share was written by a newer PhòngHọp (share format %1; this version reads %2). Please update PhòngHọp.</source>
        <translation>Thư mục dùng chung này được ghi bởi phiên bản PhòngHọp mới hơn (định dạng %1; phiên bản này đọc được %2). Vui lòng cập nhật PhòngHọp.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no valid organisation key</source>
        <translation>%1 không có khóa cơ quan hợp lệ</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+51"/>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>its signature has not arrived yet</source>
        <translation>chữ ký số chưa đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature cannot be read: %1</source>
        <translation>không đọc được chữ ký số: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not signed by the organisation&apos;s key</source>
        <translation>không được ký bằng khóa của cơ quan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not match (incomplete or altered)</source>
        <translation>chữ ký số không khớp (chưa đầy đủ hoặc đã bị sửa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names another meeting or revision than its file name</source>
        <translation>nội dung ghi cuộc họp hoặc phiên bản khác với tên tệp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a valid meeting id</source>
        <translation>&quot;%1&quot; không phải là mã cuộc họp hợp lệ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not a record name: %1</source>
        <translation>không phải tên hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ShareWriter</name>
    <message>
        <location filename="../../meeting_core/share/sharewriter.cpp" line="+43"/>
        <location line="+22"/>
        <location line="+24"/>
        <source>Cannot create %1 in the share</source>
        <translation>Không tạo được %1 trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+35"/>
        <source>This share belongs to another organisation key</source>
        <translation>Thư mục dùng chung này thuộc khóa của cơ quan khác</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot write to the share: %1</source>
        <translation>Không ghi được vào thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+42"/>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Writing to the share failed: %1</source>
        <translation>Ghi vào thư mục dùng chung không thành công: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 changed while it was being copied; try again once it is saved</source>
        <translation>%1 đã thay đổi trong khi đang sao chép; hãy thử lại sau khi tệp được lưu xong</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+160"/>
        <source>&quot;%1/%2&quot; is not a valid record name</source>
        <translation>&quot;%1/%2&quot; không phải là tên hồ sơ hợp lệ</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>%1 could not be replaced in the shared folder</source>
        <translation>Không thay thế được %1 trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write to the share</source>
        <translation>Không ghi được vào thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 is taken on the share by another file</source>
        <translation>Tên %1 trong thư mục dùng chung đã bị một tệp khác chiếm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting&apos;s session log is full</source>
        <translation>Nhật ký phiên họp của cuộc họp đã đầy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the meeting&apos;s session log in the share</source>
        <translation>Không tạo được nhật ký phiên họp của cuộc họp trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot create this device&apos;s folder in the share</source>
        <translation>Không tạo được thư mục của thiết bị này trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already exists in the share with other content</source>
        <translation>%1 đã có trong thư mục dùng chung với nội dung khác</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a valid meeting id</source>
        <translation>&quot;%1&quot; không phải là mã cuộc họp hợp lệ</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Meeting %1 has not been published in this shared folder with this organisation key; its status cannot be published.</source>
        <translation>Cuộc họp %1 chưa được phát hành trong thư mục dùng chung này bằng khóa của cơ quan này; không thể công bố trạng thái của cuộc họp.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The status of meeting %1 is being published by someone else; try again</source>
        <translation>Người khác đang công bố trạng thái của cuộc họp %1; hãy thử lại</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a confidential document needs a shared folder in format 2.1 or later; upgrade the shared folder first (phonghop-cli org upgrade-share)</source>
        <translation>tài liệu mật cần thư mục dùng chung định dạng 2.1 trở lên; hãy nâng cấp thư mục dùng chung trước (phonghop-cli org upgrade-share)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the meeting&apos;s folder in the share</source>
        <translation>Không tạo được thư mục của cuộc họp trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A newer revision (%1) of this meeting has been published since revision %2; open it and publish again.</source>
        <translation>Đã có phiên bản mới hơn (%1) của cuộc họp này được phát hành sau phiên bản %2; hãy mở phiên bản đó rồi phát hành lại.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+23"/>
        <source>Revision %1 is being published by someone else; try again</source>
        <translation>Phiên bản %1 đang được người khác phát hành; hãy thử lại</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Meeting %1: files in the shared folder use revision numbers that are not valid revisions (%2); they were ignored and nothing was built on them.</source>
        <translation>Cuộc họp %1: trong thư mục dùng chung có tệp mang số phiên bản không phải là phiên bản hợp lệ (%2); các tệp đó đã bị bỏ qua, không có gì được dựa trên chúng.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting %1 has no revision number left below %2; nothing was published.</source>
        <translation>Cuộc họp %1 không còn số phiên bản nào dưới %2; chưa có gì được phát hành.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>it has %1 bytes instead of %2</source>
        <translation>tệp có %1 byte thay vì %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its bytes do not match its name (SHA-256)</source>
        <translation>nội dung không khớp với tên của tệp (SHA-256)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 in the shared folder is damaged (%2) and could not be replaced</source>
        <translation>%1 trong thư mục dùng chung bị hỏng (%2) và không thay thế được</translation>
    </message>
</context>
<context>
    <name>phonghop::SignedRecord</name>
    <message>
        <location filename="../../meeting_core/trust/signedrecord.cpp" line="+76"/>
        <source>The record is empty (not fully written yet?)</source>
        <translation>Hồ sơ rỗng (có thể chưa ghi xong?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is larger than any valid record</source>
        <translation>Hồ sơ lớn hơn mọi hồ sơ hợp lệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is not valid JSON (truncated or damaged)</source>
        <translation>Hồ sơ không phải JSON hợp lệ (bị cắt cụt hoặc bị hỏng)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record has no valid format number</source>
        <translation>Hồ sơ không có số định dạng hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was written in format %1 by a newer version of PhòngHọp; this version reads format %2</source>
        <translation>Hồ sơ được ghi theo định dạng %1 bởi phiên bản PhòngHọp mới hơn; phiên bản này đọc định dạng %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record has no valid kind</source>
        <translation>Hồ sơ không có loại hợp lệ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record misses its payload, signer or signature</source>
        <translation>Hồ sơ thiếu nội dung, người ký hoặc chữ ký số</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record&apos;s signature does not match its content</source>
        <translation>Chữ ký số của hồ sơ không khớp với nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s payload is not a JSON object</source>
        <translation>Nội dung của hồ sơ không phải là đối tượng JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expected a record of kind &quot;%1&quot; but found &quot;%2&quot;</source>
        <translation>Cần hồ sơ loại &quot;%1&quot; nhưng lại thấy &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>phonghop::Statistics</name>
    <message>
        <location filename="../../meeting_core/stats/statistics.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a date: give YYYY-MM-DD or a full ISO 8601 date and time (2026-03-01T08:00:00+07:00)</source>
        <translation>&quot;%1&quot; không phải là ngày: hãy nhập theo dạng YYYY-MM-DD hoặc ngày giờ đầy đủ theo ISO 8601 (2026-03-01T08:00:00+07:00)</translation>
    </message>
    <message>
        <location filename="../../meeting_core/stats/statisticsexport.cpp" line="+73"/>
        <location line="+98"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>Passed</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>Not passed</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>by the voting rule</source>
        <translation>theo quy tắc biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the chair&apos;s casting vote</source>
        <translation>theo phiếu của chủ trì khi bằng phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum not met</source>
        <translation>không đủ số lượng tối thiểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no votes</source>
        <translation>không có phiếu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no kind)</source>
        <translation>(chưa phân loại)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attendance per person</source>
        <translation>Tình hình tham dự theo từng người</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Meetings</source>
        <translation>Số cuộc họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent with reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent without reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By proxy</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked in</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speeches and questions per person</source>
        <translation>Phát biểu và chất vấn theo từng người</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Questions</source>
        <translation>Chất vấn</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Speeches and questions per agenda item</source>
        <translation>Phát biểu và chất vấn theo từng nội dung chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Polls and their outcomes</source>
        <translation>Các biểu quyết và kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Căn cứ kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll outcomes</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polls</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents per meeting</source>
        <translation>Tài liệu theo cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Highest version</source>
        <translation>Phiên bản cao nhất</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>With more than one version</source>
        <translation>Có từ hai phiên bản trở lên</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>By kind</source>
        <translation>Theo loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One version</source>
        <translation>Một phiên bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>Đã sửa đổi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Documents per kind</source>
        <translation>Tài liệu theo loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written consultations: answer rates</source>
        <translation>Lấy ý kiến bằng văn bản: tỷ lệ trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Phiếu lấy ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members asked</source>
        <translation>Số thành viên được hỏi ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Answer rate</source>
        <translation>Tỷ lệ trả lời</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing to show for this period</source>
        <translation>Không có dữ liệu trong khoảng thời gian này</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>… %n more not shown</source>
        <translation>
            <numerusform>… và %n mục khác không hiển thị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+129"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings without a session summary (not in the figures)</source>
        <translation>Cuộc họp chưa có bản tổng hợp phiên họp (không tính vào số liệu)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>None in this period.</source>
        <translation>Không có trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>STATISTICS OF MEETINGS</source>
        <translation>THỐNG KÊ CÁC CUỘC HỌP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1</source>
        <translation>Từ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first meeting</source>
        <translation>cuộc họp đầu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>Đến: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last meeting</source>
        <translation>cuộc họp cuối cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all units</source>
        <translation>tất cả các đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings: %1</source>
        <translation>Số cuộc họp: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings without a session summary (not in the figures): %1</source>
        <translation>Cuộc họp chưa có bản tổng hợp phiên họp (không tính vào số liệu): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/stats/summaryupdate.cpp" line="+32"/>
        <source>The cache cannot be read: %1</source>
        <translation>Không đọc được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shared folder is known to this cache (give --share)</source>
        <translation>Dữ liệu trên máy này chưa gắn với thư mục dùng chung nào (hãy chỉ định --share)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the shared folder cannot be read</source>
        <translation>%1: không đọc được thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no roster on the shared folder</source>
        <translation>không có danh sách thành viên trên thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the session has more records than were read; its summary was left as it was</source>
        <translation>%1: phiên họp có nhiều bản ghi hơn số đã đọc; bản tổng hợp của phiên họp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the session&apos;s summary could not be kept: %2</source>
        <translation>%1: không lưu được bản tổng hợp của phiên họp: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::SyncEngine</name>
    <message>
        <location filename="../../meeting_core/sync/syncengine.cpp" line="+220"/>
        <source>The share presents the organisation key %1, but this computer is set up to trust only %2. Nothing was read.</source>
        <translation>Thư mục dùng chung dùng khóa cơ quan %1, nhưng máy này chỉ được thiết lập để tin cậy %2. Chưa đọc dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The share presents another organisation key (%1) than the one this installation trusts (%2). Nothing was read.</source>
        <translation>Thư mục dùng chung dùng khóa cơ quan khác (%1) với khóa mà máy này tin cậy (%2). Chưa đọc dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be delivered to the share: %2</source>
        <translation>Không gửi được %1 lên thư mục dùng chung: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the confidential document &quot;%1&quot; is published in clear without being declassified</source>
        <translation>tài liệu mật &quot;%1&quot; được phát hành công khai mà chưa được giải mật</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meeting %1, revision %2 was rejected: %3</source>
        <translation>Cuộc họp %1, phiên bản %2 bị từ chối: %3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sync cancelled</source>
        <translation>Đã hủy đồng bộ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document &quot;%1&quot; %2</source>
        <translation>tài liệu &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be copied: %1</source>
        <translation>không sao chép được: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has not arrived yet</source>
        <translation>chưa đến</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting &quot;%1&quot; (revision %2) is not updated yet: %3</source>
        <translation>Cuộc họp &quot;%1&quot; (phiên bản %2) chưa được cập nhật: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Meeting %1: status record %2 was refused: %3</source>
        <translation>Cuộc họp %1: bản ghi trạng thái %2 bị từ chối: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consultations were not read: %1</source>
        <translation>Chưa đọc được các phiếu lấy ý kiến: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share %1 became unreachable during the sync; the cache keeps its last good state</source>
        <translation>Thư mục dùng chung %1 bị mất kết nối trong khi đồng bộ; dữ liệu trên máy giữ trạng thái tốt gần nhất</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk is full: the cache could not be updated and keeps its last good state</source>
        <translation>Ổ đĩa đã đầy: không cập nhật được dữ liệu trên máy, dữ liệu giữ trạng thái tốt gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local cache could not be updated: %1</source>
        <translation>Không cập nhật được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>&quot;%1&quot; is not a key fingerprint (32 hexadecimal digits), so this computer cannot check the share&apos;s key. Nothing was read.</source>
        <translation>“%1” không phải là dấu vân tay khóa (32 chữ số thập lục phân), nên máy này không kiểm tra được khóa của thư mục dùng chung. Chưa đọc dữ liệu nào.</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>The organisation revoked this device: its confidential documents were deleted from this computer (%n file(s)).</source>
        <translation>
            <numerusform>Cơ quan đã thu hồi thiết bị này: các tài liệu mật đã được xóa khỏi máy tính này (%n tệp).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up to date</source>
        <translation>Đã cập nhật đầy đủ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s) updated</source>
        <translation>
            <numerusform>Đã cập nhật %n cuộc họp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; %n meeting(s) outside this seat&apos;s scope not copied</source>
        <translation>
            <numerusform>%1; %n cuộc họp ngoài phạm vi đồng bộ của máy này chưa được sao chép</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The shared folder belongs to &quot;%1&quot;, whose organisation key has the fingerprint %2. This seat has not confirmed it yet: compare it with the fingerprint your IT staff gave you before trusting it. Nothing was read.</source>
        <translation>Thư mục dùng chung thuộc về “%1”, khóa cơ quan có dấu vân tay %2. Máy này chưa xác nhận khóa đó: hãy so sánh với dấu vân tay do cán bộ CNTT cung cấp trước khi tin cậy. Chưa đọc dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>phonghop::SystemKeyStore</name>
    <message>
        <location filename="../../meeting_core/trust/systemkeystore.cpp" line="+60"/>
        <source>The system key store cannot be reached.</source>
        <translation>Không truy cập được kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system key store cannot be reached: %1</source>
        <translation>Không truy cập được kho khóa của hệ thống: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <location line="+23"/>
        <location line="+22"/>
        <source>There is no desktop session bus to reach a system key store on.</source>
        <translation>Không có session bus của phiên làm việc trên máy tính để truy cập kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>PhòngHọp: the key of device %1</source>
        <translation>PhòngHọp: khóa của thiết bị %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system key store did not keep the device key&apos;s secret: %1</source>
        <translation>Kho khóa của hệ thống không lưu được mã bí mật của khóa thiết bị: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The system key store holds no secret for this device&apos;s key (it was deleted, or this is another user&apos;s login).</source>
        <translation>Kho khóa của hệ thống không có mã bí mật nào cho khóa của thiết bị này (mã đã bị xóa, hoặc đây là phiên đăng nhập của người dùng khác).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret the system key store holds for this device&apos;s key is damaged.</source>
        <translation>Mã bí mật mà kho khóa của hệ thống lưu cho khóa của thiết bị này đã bị hỏng.</translation>
    </message>
</context>
<context>
    <name>phonghop::Tally</name>
    <message>
        <location filename="../../meeting_core/voting/tally.cpp" line="+93"/>
        <source>The ballot carries no weight</source>
        <translation>Phiếu không có trọng số</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voter is not a member entitled to vote</source>
        <translation>Người biểu quyết không phải là thành viên có quyền biểu quyết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A second ballot from the same voter; only the first is counted</source>
        <translation>Phiếu thứ hai của cùng một người; chỉ phiếu đầu tiên được tính</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not valid: members with %1 of %2 votes are present, which does not meet the quorum. %3</source>
        <translation>Không hợp lệ: số thành viên có mặt nắm %1 trên %2 phiếu, không đủ số lượng tối thiểu. %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not passed: there is nothing to count against. %1</source>
        <translation>Không thông qua: không có căn cứ để tính. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No option reached the threshold. %1</source>
        <translation>Không phương án nào đạt ngưỡng. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected: %1. %2</source>
        <translation>Trúng cử: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options level for the last seat are undecided.</source>
        <translation>Các phương án bằng phiếu ở vị trí cuối cùng chưa được quyết định.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</source>
        <translation>Thông qua: &quot;%1&quot; được %2 trên %3 phiếu (%4%). %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</source>
        <translation>Không thông qua: &quot;%1&quot; được %2 trên %3 phiếu (%4%). %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</source>
        <translation>Thông qua: &quot;%1&quot; và &quot;%2&quot; bằng nhau với %3 phiếu và chủ trì đã chọn &quot;%4&quot;. %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</source>
        <translation>Không thông qua: &quot;%1&quot; và &quot;%2&quot; bằng nhau với %3 phiếu và chủ trì đã chọn &quot;%4&quot;. %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sides are level but the chair&apos;s side is not known (the chair did not vote Yes or No, or the poll is secret).</source>
        <translation>Hai bên bằng phiếu nhưng không biết chủ trì thuộc bên nào (chủ trì không chọn Đồng ý hoặc Không đồng ý, hoặc đây là biểu quyết kín).</translation>
    </message>
</context>
<context>
    <name>phonghop::TextEncoding</name>
    <message>
        <location filename="../../meeting_core/publish/textencoding.cpp" line="+134"/>
        <source>The file is not in UTF-8, and it does not read as Vietnamese Windows-1258 either (it may be TCVN3 or VNI). Save it again as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Tệp không theo mã UTF-8 và cũng không đọc được theo bảng mã Windows-1258 (có thể là TCVN3 hoặc VNI). Hãy lưu lại dưới dạng &quot;CSV UTF-8&quot; rồi nhập tệp đó.</translation>
    </message>
</context>
<context>
    <name>phonghop::Watermark</name>
    <message>
        <location filename="../../meeting_core/pdf/watermark.cpp" line="+91"/>
        <source>Cancelled: the copy was not saved.</source>
        <translation>Đã hủy: bản sao chưa được lưu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document is protected by a password.</source>
        <translation>Tài liệu được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1 cannot be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CacheCommands</name>
    <message>
        <location filename="../../app/cli/cachecommands.cpp" line="+33"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 exists and is not the demo&apos;s key; it was left as it is</source>
        <translation>%1 đã tồn tại và không phải là khóa của bản mẫu; tệp được giữ nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase for the demo key %1: </source>
        <translation>Mật khẩu mới cho khóa của bản mẫu %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo share written to %1</source>
        <translation>Đã ghi thư mục dùng chung mẫu vào %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 hexadecimal digits, in groups of four (3f2a-9c1d-...)</source>
        <translation>“%1” không phải là dấu vân tay khóa: dấu vân tay gồm 32 chữ số thập lục phân, chia thành các nhóm bốn chữ số (3f2a-9c1d-...)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a sync scope: own or all</source>
        <translation>&quot;%1&quot; không phải là phạm vi đồng bộ: own hoặc all</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint given (%1) differs from the one this computer is set up to trust (%2). Nothing was read.</source>
        <translation>Dấu vân tay được nhập (%1) khác với dấu vân tay mà máy này được thiết lập để tin cậy (%2). Chưa đọc dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisation: %1</source>
        <translation>Cơ quan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint: %1</source>
        <translation>Dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat does not trust the organisation &quot;%1&quot; yet; nothing was read. Its key fingerprint is %2: run again with --expect-fingerprint %2 after comparing it with the one your IT staff gave you.</source>
        <translation>Máy này chưa tin cậy cơ quan “%1”; chưa đọc dữ liệu nào. Dấu vân tay khóa của cơ quan là %2: hãy so sánh với dấu vân tay do cán bộ CNTT cung cấp, rồi chạy lại với --expect-fingerprint %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 meeting(s) updated, %2 document(s) copied (%3 MB)</source>
        <translation>Đã cập nhật %1 cuộc họp, đã sao chép %2 tài liệu (%3 MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 meeting(s) outside this seat&apos;s scope not copied (its person takes no part; sync --scope all copies them)</source>
        <translation>%1 cuộc họp ngoài phạm vi đồng bộ của máy này chưa được sao chép (người dùng máy này không tham gia; sync --scope all sẽ sao chép các cuộc họp này)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 meeting(s) left this seat&apos;s scope: their documents left the cache (annotations and notes stay)</source>
        <translation>%1 cuộc họp đã ra khỏi phạm vi đồng bộ của máy này: tài liệu của các cuộc họp này đã được xóa khỏi bộ nhớ đệm (ghi chú trên tài liệu và ghi chú cá nhân vẫn được giữ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 document file(s) of past meetings evicted (%2 MB freed)</source>
        <translation>Đã giải phóng %1 tệp tài liệu của các cuộc họp đã qua (lấy lại %2 MB dung lượng)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CacheRetentionCommands</name>
    <message>
        <location filename="../../app/cli/cacheretentioncommands.cpp" line="+46"/>
        <location line="+45"/>
        <location line="+32"/>
        <source>Usage: phonghop-cli cache %1</source>
        <translation>Cách dùng: phonghop-cli cache %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Cache: %1 MB, of which documents %2 MB</source>
        <translation>Bộ nhớ đệm: %1 MB, trong đó tài liệu chiếm %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents of past meetings are kept (never evicted)</source>
        <translation>Tài liệu của các cuộc họp đã qua được giữ lại (không bao giờ giải phóng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eviction of documents of meetings that ended more than %1 day(s) ago would free %2 MB (%3 file(s) of %4 meeting(s))</source>
        <translation>Giải phóng tài liệu của các cuộc họp đã kết thúc hơn %1 ngày sẽ lấy lại được %2 MB (%3 tệp của %4 cuộc họp)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With 0 days documents are never evicted: give --days N (N &gt; 0).</source>
        <translation>Với 0 ngày, tài liệu không bao giờ được giải phóng: hãy dùng --days N (N &gt; 0).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 document file(s) of meetings that ended more than %2 day(s) ago deleted from the cache (%3 MB freed); they can be fetched again from the share</source>
        <translation>Đã xóa khỏi bộ nhớ đệm %1 tệp tài liệu của các cuộc họp đã kết thúc hơn %2 ngày (lấy lại %3 MB dung lượng); có thể tải lại các tệp này từ thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting “%1” is not in the cache: sync first.</source>
        <translation>Cuộc họp “%1” chưa có trong bộ nhớ đệm: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” fetched again from the share</source>
        <translation>Đã tải lại “%1” từ thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting has no document “%1”.</source>
        <translation>Cuộc họp không có tài liệu “%1”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a number of days (0 to %2; 0: never evict)</source>
        <translation>&quot;%1&quot; không phải là số ngày (từ 0 đến %2; 0: không bao giờ giải phóng)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache&apos;s size on disk, its documents, and what eviction would free</source>
        <translation>Dung lượng bộ nhớ đệm trên ổ đĩa, phần dành cho tài liệu, và dung lượng có thể giải phóng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the documents of meetings that ended more than N days ago (their agendas, annotations and notes stay)</source>
        <translation>Xóa tài liệu của các cuộc họp đã kết thúc hơn N ngày (chương trình họp, ghi chú trên tài liệu và ghi chú cá nhân vẫn được giữ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch one document again from the share (verified by its SHA-256)</source>
        <translation>Tải lại một tài liệu từ thư mục dùng chung (kiểm tra bằng mã SHA-256)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CommandLineTool</name>
    <message>
        <location filename="../../app/cli/commandlinetool.cpp" line="+22"/>
        <source>Set up an organisation&apos;s share and its protected key, read its fingerprint (org --help)</source>
        <translation>Thiết lập thư mục dùng chung và khóa được bảo vệ của cơ quan, xem dấu vân tay khóa (org --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation&apos;s directory of people, signed with its key (people --help)</source>
        <translation>Danh bạ của cơ quan, được ký bằng khóa cơ quan (people --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol a seat&apos;s device as a person of the directory, answer requests, revoke (enrol --help)</source>
        <translation>Đăng ký thiết bị của một chỗ ngồi theo một người trong danh bạ, duyệt yêu cầu, thu hồi (enrol --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the Vietnamese demo share into DIR</source>
        <translation>Ghi thư mục dùng chung mẫu (tiếng Việt) vào DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the local cache up to date from the share</source>
        <translation>Cập nhật dữ liệu trên máy từ thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the cached meetings, agenda items and documents</source>
        <translation>Liệt kê các cuộc họp, nội dung chương trình và tài liệu đã lưu trên máy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache&apos;s size, evicting past meetings&apos; documents, fetching one again (cache --help)</source>
        <translation>Dung lượng bộ nhớ đệm, giải phóng tài liệu của các cuộc họp đã qua, tải lại một tài liệu (cache --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a cached document to a file; a confidential one only on a recipient&apos;s device (document --help)</source>
        <translation>Lưu một tài liệu trong bộ nhớ đệm ra tệp; tài liệu mật chỉ lưu được trên thiết bị của người nhận (document --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This seat&apos;s device key at rest: protect it with a PIN (device --help)</source>
        <translation>Khóa thiết bị của máy này khi lưu trên đĩa: bảo vệ bằng mã PIN (device --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute a poll&apos;s result from a poll file (docs/poll-format.md)</source>
        <translation>Tính kết quả biểu quyết từ tệp biểu quyết (docs/poll-format.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the cached meetings&apos; documents, agendas and notes</source>
        <translation>Tìm kiếm trong tài liệu, chương trình họp và ghi chú của các cuộc họp đã lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate a meeting and publish it, signed, to the share (docs/publish-format.md)</source>
        <translation>Kiểm tra và phát hành cuộc họp, có ký số, lên thư mục dùng chung (docs/publish-format.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a meeting&apos;s status: postponed, cancelled, finished (meeting --help)</source>
        <translation>Công bố trạng thái cuộc họp: hoãn, hủy, đã kết thúc (meeting --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the live session&apos;s record, export it, check in and vote, or run it as the chair (session --help)</source>
        <translation>Kiểm tra hồ sơ phiên họp, xuất hồ sơ, điểm danh và biểu quyết, hoặc điều hành phiên họp với vai trò chủ trì (session --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written consultations of the members: publish, answer before the deadline, follow, close and report (consult --help)</source>
        <translation>Lấy ý kiến thành viên bằng văn bản: phát hành, trả lời trước hạn, theo dõi, kết thúc và báo cáo (consult --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics of a period: attendance, speeches and questions, polls, documents, consultations (stats --help)</source>
        <translation>Thống kê theo khoảng thời gian: tình hình tham dự, phát biểu và chất vấn, biểu quyết, tài liệu, lấy ý kiến (stats --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: phonghop-cli COMMAND [OPTIONS]</source>
        <translation>Cách dùng: phonghop-cli LỆNH [TÙY CHỌN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the version and those of its libraries</source>
        <translation>In phiên bản của chương trình và các thư viện</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown command: %1</source>
        <translation>Lệnh không xác định: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: phonghop-cli %1 SUBCOMMAND [OPTIONS]</source>
        <translation>Cách dùng: phonghop-cli %1 LỆNH-CON [TÙY CHỌN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommands:</source>
        <translation>Các lệnh con:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: phonghop-cli %1 %2</source>
        <translation>Cách dùng: phonghop-cli %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown subcommand: %1 %2</source>
        <translation>Lệnh con không xác định: %1 %2</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::ConsultCommands</name>
    <message>
        <location filename="../../app/cli/consultcommands.cpp" line="+55"/>
        <source>Usage: phonghop-cli consult %1</source>
        <translation>Cách dùng: phonghop-cli consult %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>Không truy cập được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Consultation %1 (revision %2): %3</source>
        <translation>Phiếu lấy ý kiến %1 (phiên bản %2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by %1; deadline %2%3</source>
        <translation>Cơ quan ban hành: %1; hạn trả lời %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (closed at %1)</source>
        <translation> (đã kết thúc lúc %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed, not closed yet)</source>
        <translation> (đã hết hạn, chưa kết thúc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members: %1 answered every question out of %2</source>
        <translation>Thành viên: %1/%2 người đã trả lời đủ các câu hỏi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — not answered (%1 of %2 questions)</source>
        <translation> — chưa trả lời đủ (%1/%2 câu hỏi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question %1: %2</source>
        <translation>Câu hỏi %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To remind: %1</source>
        <translation>Cần nhắc: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not counted: %1</source>
        <translation>Không được tính: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close refused: %1</source>
        <translation>Việc kết thúc bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was refused: member &quot;%2&quot; is not a current person of the directory</source>
        <translation>%1 bị từ chối: thành viên &quot;%2&quot; hiện không có trong danh bạ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consultation %1 published: revision %2 (%3 members, %4 questions, deadline %5)</source>
        <translation>Đã phát hành phiếu lấy ý kiến %1: phiên bản %2 (%3 thành viên, %4 câu hỏi, hạn trả lời %5)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No consultation %1 on the shared folder</source>
        <translation>Không có đợt lấy ý kiến %1 trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consultation %1 has no question %2 (its questions: %3)</source>
        <translation>Phiếu lấy ý kiến %1 không có câu hỏi %2 (các câu hỏi: %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not an answer to question %2: use agree, disagree or other (Đồng ý, Không đồng ý, Ý kiến khác)</source>
        <translation>&quot;%1&quot; không phải là câu trả lời cho câu hỏi %2: hãy dùng agree, disagree hoặc other (Đồng ý, Không đồng ý, Ý kiến khác)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The deadline of &quot;%1&quot; passed at %2: this seat no longer accepts answers, and the office would not count one</source>
        <translation>Hạn trả lời &quot;%1&quot; đã hết lúc %2: máy này không nhận ý kiến nữa, và văn phòng cũng sẽ không tính ý kiến gửi muộn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer to %1 changed: %2</source>
        <translation>Đã sửa ý kiến cho %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered %1: %2</source>
        <translation>Đã trả lời %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share)</source>
        <translation>Chưa gửi lên thư mục dùng chung (được giữ trên máy này, sẽ gửi ở lần đọc thư mục dùng chung tiếp theo)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Consultation %1 closed (close record %2): %3 answers counted; %4 members answered, %5 did not</source>
        <translation>Đã kết thúc lấy ý kiến %1 (biên bản kết thúc %2): tính %3 ý kiến; %4 thành viên đã trả lời, %5 thành viên chưa trả lời</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Report written: %1</source>
        <translation>Đã ghi báo cáo: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No consultation in this cache</source>
        <translation>Dữ liệu trên máy này không có phiếu lấy ý kiến nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline passed</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>đang lấy ý kiến</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  — %n question(s) unanswered</source>
        <translation>
            <numerusform>  — %n câu hỏi chưa trả lời</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The consultation “%1” is not in the cache: sync first.</source>
        <translation>Đợt lấy ý kiến “%1” chưa có trong bộ nhớ đệm: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The consultation has no document “%1”.</source>
        <translation>Đợt lấy ý kiến không có tài liệu “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved “%1” to %2</source>
        <translation>Đã lưu “%1” vào %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish a consultation from a CONSULTATION.json, signed with the organisation key (documents: PDF or office files, paths relative to the JSON&apos;s folder)</source>
        <translation>Phát hành một đợt lấy ý kiến từ tệp CONSULTATION.json, ký bằng khóa của cơ quan (tài liệu: tệp PDF hoặc tệp văn phòng, đường dẫn tính từ thư mục chứa tệp JSON)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write a consultation&apos;s document to a file as this seat may read it (a confidential one only on a member&apos;s enrolled device, watermarked)</source>
        <translation>Ghi một tài liệu của đợt lấy ý kiến ra tệp theo quyền đọc của máy này (tài liệu mật chỉ trên thiết bị đã đăng ký của thành viên, có hình mờ)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Answer (or change the answer to) one question from a member&apos;s seat, before the deadline; also Đồng ý, Không đồng ý, Ý kiến khác</source>
        <translation>Trả lời (hoặc sửa câu trả lời) một câu hỏi từ máy của thành viên, trước hạn; chấp nhận cả Đồng ý, Không đồng ý, Ý kiến khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who answered and who did not, each answer and comment, the count of each question; on a member&apos;s seat (--cache) also its recount of the close. Needs --share and either --cache (a seat) or --key (the office)</source>
        <translation>Ai đã trả lời và ai chưa, từng ý kiến và nhận xét, kết quả từng câu hỏi; trên máy của thành viên (--cache) còn có kết quả kiểm lại việc kết thúc. Cần --share và --cache (một máy) hoặc --key (văn phòng)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close after the deadline (--early: before it, on purpose) with a signed record of the count</source>
        <translation>Kết thúc lấy ý kiến sau khi hết hạn (--early: kết thúc trước hạn, có chủ đích) kèm biên bản kiểm phiếu có chữ ký</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the summary report (Báo cáo tổng hợp ý kiến) as PDF, or as CSV</source>
        <translation>Ghi báo cáo tổng hợp (Báo cáo tổng hợp ý kiến) dạng PDF, hoặc dạng CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consultations in a seat&apos;s cache with their deadlines and unanswered questions (--share: look at the share first)</source>
        <translation>Các phiếu lấy ý kiến trong dữ liệu trên máy, kèm hạn trả lời và các câu hỏi chưa trả lời (--share: đọc thư mục dùng chung trước)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::DeviceCommands</name>
    <message>
        <location filename="../../app/cli/devicecommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli device %1</source>
        <translation>Cách dùng: phonghop-cli device %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no device key in %1</source>
        <translation>Không có khóa thiết bị trong %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PIN of this device&apos;s key</source>
        <translation>mã PIN của khóa thiết bị này</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The device key in %1 cannot be read</source>
        <translation>Không đọc được khóa thiết bị trong %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Device %1 (fingerprint %2)</source>
        <translation>Thiết bị %1 (dấu vân tay %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is kept by the system key store (opened by the desktop&apos;s login).</source>
        <translation>Khóa của thiết bị được giữ trong kho khóa của hệ thống (được mở khi đăng nhập vào máy tính).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is protected by a PIN.</source>
        <translation>Khóa của thiết bị được bảo vệ bằng mã PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its key has no PIN: whoever can read this folder can sign as this device and open its confidential documents.</source>
        <translation>Khóa của thiết bị chưa có mã PIN: ai đọc được thư mục này đều có thể ký thay thiết bị và mở tài liệu mật của thiết bị.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This device&apos;s key is now kept by the system key store: the desktop&apos;s login opens it, no PIN is asked.</source>
        <translation>Khóa của thiết bị này nay do kho khóa của hệ thống giữ: khóa được mở khi đăng nhập máy tính, không cần nhập mã PIN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device&apos;s key is kept by the system key store; remove that first (device remove-pin).</source>
        <translation>Khóa của thiết bị này đang do kho khóa của hệ thống giữ; hãy bỏ chế độ đó trước (device remove-pin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device&apos;s key is already protected by a PIN; change the PIN instead.</source>
        <translation>Khóa của thiết bị này đã được bảo vệ bằng mã PIN; hãy đổi mã PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>New PIN: </source>
        <translation>Mã PIN mới: </translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>The same PIN again: </source>
        <translation>Nhập lại mã PIN: </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This device&apos;s key is now protected by the PIN; it is asked when the app starts (and read from %1 by phonghop-cli).</source>
        <translation>Khóa của thiết bị này nay được bảo vệ bằng mã PIN; mã được hỏi khi ứng dụng khởi động (phonghop-cli đọc từ %1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+32"/>
        <source>Current PIN: </source>
        <translation>Mã PIN hiện tại: </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The PIN of this device&apos;s key was changed.</source>
        <translation>Đã đổi mã PIN của khóa thiết bị.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This device&apos;s key is no longer kept by the system key store.</source>
        <translation>Khóa của thiết bị này không còn do kho khóa của hệ thống giữ nữa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device&apos;s key no longer has a PIN.</source>
        <translation>Khóa của thiết bị này không còn mã PIN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This seat&apos;s device id and whether a PIN protects its key</source>
        <translation>Mã thiết bị của máy này và khóa có được bảo vệ bằng mã PIN hay không</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this seat&apos;s device key with a PIN (from %1, or asked), or with --keystore by the system key store</source>
        <translation>Bảo vệ khóa thiết bị của máy này bằng mã PIN (lấy từ %1, hoặc nhập khi được hỏi), hoặc giao cho kho khóa của hệ thống giữ bằng --keystore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep this seat&apos;s device key without a PIN (or key store) again</source>
        <translation>Giữ lại khóa thiết bị của máy này không cần mã PIN (hay kho khóa) như trước</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Change the PIN (the current one from %1, the new one from %2, or asked)</source>
        <translation>Đổi mã PIN (mã hiện tại lấy từ %1, mã mới từ %2, hoặc hỏi)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::DocumentCommands</name>
    <message>
        <location filename="../../app/cli/documentcommands.cpp" line="+42"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting “%1” is not for this seat: its person does not take part in it.</source>
        <translation>Cuộc họp “%1” không dành cho máy này: người dùng máy này không tham dự cuộc họp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting “%1” is not in the cache: sync first.</source>
        <translation>Cuộc họp “%1” chưa có trong bộ nhớ đệm: hãy đồng bộ trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting has no document “%1”.</source>
        <translation>Cuộc họp không có tài liệu “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved “%1” to %2</source>
        <translation>Đã lưu “%1” vào %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a cached document to a file as this seat may read it (a confidential one only on a recipient&apos;s device)</source>
        <translation>Ghi một tài liệu trong bộ nhớ đệm ra tệp theo quyền đọc của chỗ ngồi này (tài liệu mật chỉ trên thiết bị của người nhận)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::EnrolCommands</name>
    <message>
        <location filename="../../app/cli/enrolcommands.cpp" line="+47"/>
        <source>Usage: phonghop-cli enrol %1</source>
        <translation>Cách dùng: phonghop-cli enrol %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a device fingerprint (eight groups of four: 3f2a-9c1d-…)</source>
        <translation>%1 không phải là dấu vân tay thiết bị (tám nhóm bốn ký tự: 3f2a-9c1d-…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enrolment request waits with the fingerprint %1 (phonghop-cli enrol list shows those that do); nothing was changed</source>
        <translation>Không có yêu cầu đăng ký nào đang chờ với dấu vân tay %1 (phonghop-cli enrol list liệt kê các yêu cầu đang chờ); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory has no device with the fingerprint %1; nothing was changed</source>
        <translation>Danh bạ không có thiết bị nào với dấu vân tay %1; không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The organisation&apos;s directory has nobody with the id %1 (phonghop-cli people list shows who it has); no request was written</source>
        <translation>Danh bạ của cơ quan không có ai mang mã %1 (phonghop-cli people list liệt kê những người có trong danh bạ); chưa ghi yêu cầu nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) is retired from the directory; no request was written</source>
        <translation>%1 (%2) đã nghỉ theo danh bạ; chưa ghi yêu cầu nào</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device (fingerprint %1) was revoked; a revoked device cannot be enrolled again. Enrol another device, or this one with a new cache folder</source>
        <translation>Thiết bị này (dấu vân tay %1) đã bị thu hồi; thiết bị đã thu hồi không thể đăng ký lại. Hãy đăng ký thiết bị khác, hoặc thiết bị này với một thư mục dữ liệu mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device (fingerprint %1) is already enrolled for %2 (%3)</source>
        <translation>Thiết bị này (dấu vân tay %1) đã được đăng ký cho %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is already enrolled for %1 (%2); fingerprint %3</source>
        <translation>Thiết bị này đã được đăng ký cho %1 (%2); dấu vân tay %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolment requested for %1 (%2) in %3</source>
        <translation>Đã gửi yêu cầu đăng ký cho %1 (%2) tại %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device fingerprint: %1</source>
        <translation>Dấu vân tay thiết bị: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison code: %1</source>
        <translation>Mã đối chiếu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretary compares this code with their screen before approving the request.</source>
        <translation>Thư ký so mã này với mã trên màn hình của mình trước khi duyệt yêu cầu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No enrolment request is waiting</source>
        <translation>Không có yêu cầu đăng ký nào đang chờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), &quot;%3&quot;, asked %4</source>
        <translation>%1 (%2), &quot;%3&quot;, yêu cầu lúc %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fingerprint %1, code %2</source>
        <translation>dấu vân tay %1, mã đối chiếu %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The directory could not be read again to update the rosters: %1. Publish the meetings again</source>
        <translation>Không đọc lại được danh bạ để cập nhật danh sách thành viên: %1. Hãy phát hành lại các cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the meetings again to update their rosters</source>
        <translation>Hãy phát hành lại các cuộc họp để cập nhật danh sách thành viên</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The device %1 is already enrolled for %2 (%3)</source>
        <translation>Thiết bị %1 đã được đăng ký cho %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 of %2 (%3) was revoked; it cannot be approved again</source>
        <translation>Thiết bị %1 của %2 (%3) đã bị thu hồi; không thể duyệt lại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved: the device &quot;%1&quot; (fingerprint %2) is enrolled for %3 (%4)</source>
        <translation>Đã duyệt: thiết bị &quot;%1&quot; (dấu vân tay %2) được đăng ký cho %3 (%4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rejected: the request of the device &quot;%1&quot; (fingerprint %2) for %3 (%4)</source>
        <translation>Đã từ chối: yêu cầu của thiết bị &quot;%1&quot; (dấu vân tay %2) cho %3 (%4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The device %1 of %2 (%3) is already revoked</source>
        <translation>Thiết bị %1 của %2 (%3) đã bị thu hồi trước đó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoked: the device &quot;%1&quot; (fingerprint %2) of %3 (%4); what it writes from now on is refused</source>
        <translation>Đã thu hồi: thiết bị &quot;%1&quot; (dấu vân tay %2) của %3 (%4); mọi thứ thiết bị này ghi từ nay đều bị từ chối</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask to enrol this seat (its cache&apos;s device key) as a person of the directory</source>
        <translation>Yêu cầu đăng ký chỗ ngồi này (khóa thiết bị trong thư mục dữ liệu) theo một người trong danh bạ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment requests waiting for an answer</source>
        <translation>Các yêu cầu đăng ký đang chờ trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the requesting device, after comparing the code; rosters of meetings to come follow</source>
        <translation>Duyệt thiết bị đang yêu cầu, sau khi so mã đối chiếu; danh sách thành viên của các cuộc họp sắp tới được cập nhật theo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse an enrolment request</source>
        <translation>Từ chối một yêu cầu đăng ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke an enrolled device (a lost tablet); rosters of meetings to come follow</source>
        <translation>Thu hồi một thiết bị đã đăng ký (máy tính bảng bị mất); danh sách thành viên của các cuộc họp sắp tới được cập nhật theo</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::MeetingCommands</name>
    <message>
        <location filename="../../app/cli/meetingcommands.cpp" line="+36"/>
        <source>Usage: phonghop-cli meeting %1</source>
        <translation>Cách dùng: phonghop-cli meeting %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &quot;%1&quot;: use scheduled, postponed, cancelled or finished</source>
        <translation>Trạng thái không xác định &quot;%1&quot;: dùng scheduled, postponed, cancelled hoặc finished</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--until needs a date and time with its offset, such as 2026-12-15T08:00:00+07:00: %1</source>
        <translation>--until cần ngày giờ kèm múi giờ, ví dụ 2026-12-15T08:00:00+07:00: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meeting %1: status record %2 published: %3</source>
        <translation>Cuộc họp %1: đã công bố bản ghi trạng thái %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Publish that a meeting is postponed (new time, reason), cancelled (reason), finished or scheduled again, signed with the organisation key</source>
        <translation>Công bố cuộc họp bị hoãn (thời gian mới, lý do), bị hủy (lý do), đã kết thúc hoặc họp lại theo lịch, ký bằng khóa của cơ quan</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::OrgAccess</name>
    <message>
        <location filename="../../app/cli/orgaccess.cpp" line="+33"/>
        <source>The share %1 cannot be reached</source>
        <translation>Không kết nối được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The share names the organisation key %1, but this seat trusts %2: it is not this seat&apos;s organisation</source>
        <translation>Thư mục dùng chung ghi khóa cơ quan %1, nhưng chỗ ngồi này tin cậy khóa %2: đây không phải là cơ quan của chỗ ngồi này</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The roster of meeting %1 was not updated: %2</source>
        <translation>Chưa cập nhật được danh sách thành viên của cuộc họp %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roster of meeting %1 (%2) republished: revision %3</source>
        <translation>Đã phát hành lại danh sách thành viên của cuộc họp %1 (%2): phiên bản %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roster of a meeting to come needed a new revision; meetings published from now on include this change</source>
        <translation>Không có danh sách thành viên nào của các cuộc họp sắp tới cần phiên bản mới; các cuộc họp phát hành từ nay sẽ có thay đổi này</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::OrgCommands</name>
    <message>
        <location filename="../../app/cli/orgcommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli org %1</source>
        <translation>Cách dùng: phonghop-cli org %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+144"/>
        <source>The backup copy must be another file than the key file</source>
        <translation>Bản sao dự phòng phải là một tệp khác với tệp khóa</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The key file %1 already exists; it was left as it is (an organisation key is never replaced). Choose another file name</source>
        <translation>Tệp khóa %1 đã tồn tại và được giữ nguyên (khóa của cơ quan không bao giờ bị thay thế). Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>The backup file %1 already exists; it was left as it is. Choose another file name</source>
        <translation>Tệp dự phòng %1 đã tồn tại và được giữ nguyên. Hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 already holds the share of the organisation &quot;%2&quot; (key fingerprint %3); nothing was changed</source>
        <translation>%1 đã là thư mục dùng chung của cơ quan &quot;%2&quot; (dấu vân tay khóa %3); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a PhòngHọp share; nothing was changed</source>
        <translation>%1 đã là một thư mục dùng chung của PhòngHọp; không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder</source>
        <translation>%1 không phải là thư mục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty: an organisation&apos;s share is set up in an empty folder; nothing was changed</source>
        <translation>%1 không trống: thư mục dùng chung của cơ quan phải được thiết lập trong một thư mục trống; không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase for the organisation key %1: </source>
        <translation>Mật khẩu mới cho khóa cơ quan %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>The same passphrase again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Warning: the passphrase is short; whoever gets the key file can try short passphrases quickly</source>
        <translation>Cảnh báo: mật khẩu ngắn; ai lấy được tệp khóa có thể nhanh chóng thử các mật khẩu ngắn</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Organisation &quot;%1&quot; set up in %2</source>
        <translation>Đã thiết lập cơ quan &quot;%1&quot; tại %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Key fingerprint: %1</source>
        <translation>Dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Key file: %1 (protected by its passphrase)</source>
        <translation>Tệp khóa: %1 (được bảo vệ bằng mật khẩu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup copy: %1 (the same passphrase); keep it apart from the key file</source>
        <translation>Bản sao dự phòng: %1 (cùng mật khẩu); hãy cất giữ riêng, không để cùng chỗ với tệp khóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the fingerprint and keep it at IT: every machine is checked against it.</source>
        <translation>Hãy in dấu vân tay và lưu ở bộ phận CNTT: mọi máy đều được đối chiếu với nó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup copy was not written: %1. Make one with phonghop-cli org backup-key --key %2 --to FILE</source>
        <translation>Chưa ghi được bản sao dự phòng: %1. Hãy tạo bằng phonghop-cli org backup-key --key %2 --to FILE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisation: %1</source>
        <translation>Cơ quan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share format: %1</source>
        <translation>Định dạng thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the share says: compare the fingerprint with the one printed when the organisation was set up.</source>
        <translation>Đây là thông tin do thư mục dùng chung cung cấp: hãy so dấu vân tay với bản đã in khi thiết lập cơ quan.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase for the copy %1: </source>
        <translation>Mật khẩu cho bản sao %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the copy %1 (Enter: the same as the key&apos;s): </source>
        <translation>Mật khẩu cho bản sao %1 (Enter: giữ mật khẩu của khóa): </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A passphrase is needed for the copy %1: set %2 or %3, or run the command on a terminal</source>
        <translation>Cần mật khẩu cho bản sao %1: hãy đặt %2 hoặc %3, hoặc chạy lệnh trên cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy %1 could not be read back, so it was removed: %2</source>
        <translation>Không đọc lại được bản sao %1 nên đã xóa nó: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup copy written to %1 (key fingerprint %2); keep it apart from the key file</source>
        <translation>Đã ghi bản sao dự phòng vào %1 (dấu vân tay khóa %2); hãy cất giữ riêng, không để cùng chỗ với tệp khóa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key %1 is not the key of this share&apos;s organisation (fingerprint %2); nothing was changed</source>
        <translation>Khóa %1 không phải là khóa của cơ quan sở hữu thư mục dùng chung này (dấu vân tay %2); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share %1 already has format %2; its index was checked</source>
        <translation>Thư mục dùng chung %1 đã ở định dạng %2; chỉ mục của nó đã được kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share %1 now has format %2. Seats of an earlier PhòngHọp will ask to be updated at their next sync.</source>
        <translation>Thư mục dùng chung %1 nay có định dạng %2. Các chỗ ngồi dùng PhòngHọp phiên bản cũ sẽ yêu cầu cập nhật ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set up a new organisation&apos;s share in an empty folder, with a new protected key</source>
        <translation>Thiết lập thư mục dùng chung của một cơ quan mới trong một thư mục trống, với một khóa mới được bảo vệ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share&apos;s organisation, key fingerprint and format version</source>
        <translation>Cơ quan, dấu vân tay khóa và phiên bản định dạng của thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a second protected copy of the organisation key (its passphrase from %1, or asked; by default the same)</source>
        <translation>Ghi thêm một bản sao được bảo vệ của khóa cơ quan (mật khẩu lấy từ %1 hoặc được hỏi; mặc định giữ nguyên)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the share to format %1, where a seat reads only what changed (every seat must run a PhòngHọp that reads it)</source>
        <translation>Chuyển thư mục dùng chung sang định dạng %1, trong đó mỗi chỗ ngồi chỉ đọc những gì đã thay đổi (mọi chỗ ngồi phải dùng phiên bản PhòngHọp đọc được định dạng này)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::Passphrase</name>
    <message>
        <location filename="../../app/cli/passphrase.cpp" line="+146"/>
        <source>A passphrase is needed for %1: set %2, or run the command on a terminal to be asked for it</source>
        <translation>Cần mật khẩu cho %1: hãy đặt %2, hoặc chạy lệnh trên cửa sổ dòng lệnh để được hỏi mật khẩu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No passphrase was given</source>
        <translation>Chưa nhập mật khẩu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is empty</source>
        <translation>Mật khẩu trống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; nothing was written</source>
        <translation>Hai mật khẩu không khớp nhau; chưa ghi gì</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key file %1 does not exist</source>
        <translation>Tệp khóa %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1 holds the organisation key without a passphrase (an older key file). Make a protected copy with phonghop-cli org backup-key --key %1 --to NEW-FILE, use that one, and delete this file</source>
        <translation>Cảnh báo: %1 chứa khóa cơ quan không có mật khẩu bảo vệ (tệp khóa kiểu cũ). Hãy tạo bản sao được bảo vệ bằng phonghop-cli org backup-key --key %1 --to TỆP-MỚI, dùng bản đó và xóa tệp này</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of the organisation key %1: </source>
        <translation>Mật khẩu của khóa cơ quan %1: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong passphrase for the key file %1: the key was not opened</source>
        <translation>Sai mật khẩu của tệp khóa %1: khóa chưa được mở</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::PeopleCommands</name>
    <message>
        <location filename="../../app/cli/peoplecommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli people %1</source>
        <translation>Cách dùng: phonghop-cli people %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file %1 does not exist</source>
        <translation>Tệp %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lists nobody; the directory was left as it is</source>
        <translation>%1 không có ai; danh bạ được giữ nguyên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People imported: %1 added, %2 updated; the directory is now at revision %3 with %4 people</source>
        <translation>Đã nhập danh bạ: thêm %1, cập nhật %2; danh bạ hiện ở phiên bản %3 với %4 người</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The directory lists nobody yet (phonghop-cli people import adds people)</source>
        <translation>Danh bạ chưa có ai (dùng phonghop-cli people import để thêm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>weight %1</source>
        <translation>trọng số %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retired</source>
        <translation>đã nghỉ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enrolled %1</source>
        <translation>đăng ký %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>thu hồi %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown role: %1 (chair, secretary, delegate or guest)</source>
        <translation>Vai trò không xác định: %1 (chair, secretary, delegate hoặc guest)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The weight must be a whole number, 0 or more: %1</source>
        <translation>Trọng số phải là số nguyên từ 0 trở lên: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory already has %1 (%2); nothing was changed</source>
        <translation>Danh bạ đã có %1 (%2); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 (%2); the directory is now at revision %3</source>
        <translation>Đã thêm %1 (%2); danh bạ hiện ở phiên bản %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The directory has nobody with the id %1</source>
        <translation>Danh bạ không có ai mang mã %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is retired: kept on record, no longer invited to new meetings; the directory is now at revision %3</source>
        <translation>%1 (%2) đã nghỉ: vẫn lưu trong hồ sơ, không còn được mời họp; danh bạ hiện ở phiên bản %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 takes yes or no, not &quot;%2&quot;</source>
        <translation>%1 nhận yes hoặc no, không nhận &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory is now at revision %1</source>
        <translation>Danh bạ hiện ở phiên bản %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy holder may vote for the member they represent</source>
        <translation>Người được ủy quyền được biểu quyết thay thành viên vắng mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy holder may not vote for the member they represent</source>
        <translation>Người được ủy quyền không được biểu quyết thay thành viên vắng mặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members represented by proxy count towards the quorum</source>
        <translation>Thành viên ủy quyền được tính vào số thành viên có mặt (tỷ lệ tối thiểu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members represented by proxy do not count towards the quorum</source>
        <translation>Thành viên ủy quyền không được tính vào số thành viên có mặt (tỷ lệ tối thiểu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the meetings again to update their rosters</source>
        <translation>Hãy phát hành lại các cuộc họp để cập nhật danh sách thành viên</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add and update the directory&apos;s people from a staff list (CSV, or Excel&apos;s CSV export)</source>
        <translation>Thêm và cập nhật người trong danh bạ từ danh sách cán bộ (CSV, hoặc CSV xuất từ Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory&apos;s people and their devices, verified against the organisation key</source>
        <translation>Người trong danh bạ và thiết bị của họ, đã đối chiếu với khóa cơ quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one person to the directory</source>
        <translation>Thêm một người vào danh bạ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire a person: kept on record, no longer invited</source>
        <translation>Cho một người nghỉ: vẫn lưu trong hồ sơ, không còn được mời họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or set the body&apos;s rules about proxies: may a proxy holder vote, do proxies count towards the quorum</source>
        <translation>Xem hoặc đặt quy chế về ủy quyền: người được ủy quyền có được biểu quyết không, thành viên ủy quyền có được tính vào tỷ lệ tối thiểu không</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::PublishCommands</name>
    <message>
        <location filename="../../app/cli/publishcommands.cpp" line="+36"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The share %1 cannot be reached</source>
        <translation>Không kết nối được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key %1 (fingerprint %2) is not the key of the organisation &quot;%3&quot; (fingerprint %4); nothing was published</source>
        <translation>Khóa %1 (dấu vân tay %2) không phải là khóa của cơ quan &quot;%3&quot; (dấu vân tay %4); chưa phát hành gì</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--convert-time-limit takes a number of seconds, not &quot;%1&quot;</source>
        <translation>--convert-time-limit cần một số giây, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Converting document %1 of %2 to PDF: %3</source>
        <translation>Đang chuyển tài liệu %1/%2 sang PDF: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  still converting: %1 s of at most %2 s</source>
        <translation>  vẫn đang chuyển: %1 giây, tối đa %2 giây</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Storing documents: %1%</source>
        <translation>Đang lưu tài liệu: %1%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was published.</source>
        <translation>Chưa phát hành gì.</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::SearchCommands</name>
    <message>
        <location filename="../../app/cli/searchcommands.cpp" line="+49"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date: %1 (expected YYYY-MM-DD)</source>
        <translation>Không phải ngày: %1 (cần dạng YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>page %1</source>
        <translation>trang %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results for %1</source>
        <translation>Không có kết quả cho %1</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::SessionCommands</name>
    <message>
        <location filename="../../app/cli/sessioncommon.cpp" line="+28"/>
        <source>Usage: phonghop-cli session SUBCOMMAND %1 [OPTIONS]</source>
        <translation>Cách dùng: phonghop-cli session LỆNH_CON %1 [TÙY CHỌN]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcommands:</source>
        <translation>Các lệnh con:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance, quorum, current item, floor, polls, decisions and problems</source>
        <translation>Điểm danh, số lượng tối thiểu, nội dung đang họp, người đang phát biểu, biểu quyết, kết luận và các vấn đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every record; exit 0 when clean, 1 when it has problems, 2 when it cannot be read</source>
        <translation>Kiểm tra mọi bản ghi; mã thoát 0 khi hồ sơ không có vấn đề, 1 khi có vấn đề, 2 khi không đọc được</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the attendance list</source>
        <translation>Xuất danh sách điểm danh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in oneself (or, as the secretary, a participant)</source>
        <translation>Tự điểm danh (hoặc, với thư ký, điểm danh cho một thành viên)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Write the minutes as PDF; the number and place given are kept for the meeting</source>
        <translation>Xuất biên bản ra PDF; số và địa danh đã nhập được lưu cho cuộc họp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cast a ballot; a choice is an option&apos;s label or its 0-based index; --other gives the opinion for &quot;Ý kiến khác&quot;, --for votes by proxy</source>
        <translation>Bỏ phiếu; lựa chọn là tên phương án hoặc số thứ tự tính từ 0; --other ghi nội dung cho &quot;Ý kiến khác&quot;, --for biểu quyết thay theo ủy quyền</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for the floor on an agenda item (by its id or number), with a topic of at most %1 characters; request-to-speak is the same</source>
        <translation>Đăng ký phát biểu về một nội dung (theo mã hoặc số thứ tự), kèm nội dung tối đa %1 ký tự; request-to-speak cũng vậy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw one&apos;s own request to speak on the item</source>
        <translation>Rút lượt đăng ký phát biểu của mình về nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item&apos;s speeches and questions waiting, and the speaking time</source>
        <translation>Danh sách chờ phát biểu và chất vấn của nội dung, và thời gian phát biểu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: open a poll; kinds approval (default), yes-no, choice; rules %1 (default %2)</source>
        <translation>Chủ trì: mở biểu quyết; loại approval (mặc định), yes-no, choice; quy tắc %1 (mặc định %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chair: open the poll prepared with the meeting under that id, as published</source>
        <translation>Chủ tọa: mở biểu quyết đã chuẩn bị sẵn cùng cuộc họp theo mã đó, đúng như đã phát hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: close a poll and sign its result</source>
        <translation>Chủ trì: kết thúc biểu quyết và ký kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: make ITEM the current item if it is not, and give the floor to the next speaker</source>
        <translation>Chủ trì: chuyển sang nội dung ITEM nếu chưa phải, rồi mời người tiếp theo phát biểu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: record the item&apos;s conclusion in the decision chain (the secretary: a draft for the chair)</source>
        <translation>Chủ trì: ghi kết luận của nội dung vào chuỗi quyết định (thư ký: một bản dự thảo để chủ trì xác nhận)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: sign the minutes PDF, which locks them</source>
        <translation>Chủ trì: ký biên bản PDF, biên bản sau đó bị khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: close the item&apos;s speakers&apos; list; requests are refused until reopened</source>
        <translation>Chủ tọa: khóa danh sách phát biểu của nội dung; không nhận đăng ký cho đến khi mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: reopen the item&apos;s speakers&apos; list</source>
        <translation>Chủ tọa: mở lại danh sách phát biểu của nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: move a participant&apos;s request to a place (1 = next) in the item&apos;s list of speeches (or questions)</source>
        <translation>Chủ tọa: chuyển lượt đăng ký của một đại biểu đến vị trí (1 = kế tiếp) trong danh sách phát biểu (hoặc chất vấn) của nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: take a participant&apos;s request off the item&apos;s list</source>
        <translation>Chủ tọa: xóa lượt đăng ký của một đại biểu khỏi danh sách của nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: the speaking time per speaker for the meeting (or one item)</source>
        <translation>Chủ tọa: thời gian phát biểu cho mỗi người trong phiên họp (hoặc một nội dung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: sign the minutes with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf), which the record then names</source>
        <translation>Chủ tọa: ký biên bản bằng chứng thư số trên thiết bị ký số (mã PIN lấy từ %1 hoặc được hỏi) thành SIGNED.pdf (mặc định FILE-signed.pdf), bản mà bản ghi phiên họp sẽ trỏ tới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the conclusion notice (Thông báo kết luận) as PDF</source>
        <translation>Xuất Thông báo kết luận ra PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair or secretary: sign the conclusion notice with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf)</source>
        <translation>Chủ tọa hoặc thư ký: ký thông báo kết luận bằng chứng thư số trên token (mã PIN lấy từ %1 hoặc được hỏi) vào SIGNED.pdf (mặc định FILE-signed.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: correct a conclusion (DECISION: its position in the chain or the start of its hash) with a later decision</source>
        <translation>Chủ tọa: điều chỉnh một kết luận (DECISION: số thứ tự trong chuỗi hoặc phần đầu mã băm) bằng một quyết định sau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: mark an agenda item done, deferred or withdrawn (open takes the mark back)</source>
        <translation>Chủ tọa: đánh dấu nội dung chương trình đã xong, hoãn hoặc rút (open để bỏ đánh dấu)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The share %1 cannot be reached</source>
        <translation>Không kết nối được thư mục dùng chung %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no quorum required</source>
        <translation>không yêu cầu số lượng tối thiểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than half</source>
        <translation>quá nửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two thirds</source>
        <translation>hai phần ba</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+58"/>
        <source>Ballot for poll &quot;%1&quot; refused: %2</source>
        <translation>Phiếu của biểu quyết &quot;%1&quot; bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The decision at height %1 rests on a poll result that is not on the share or was refused</source>
        <translation>Kết luận ở vị trí %1 của chuỗi quyết định dựa trên một kết quả biểu quyết không có trên thư mục dùng chung hoặc đã bị từ chối</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Meeting: %1</source>
        <translation>Cuộc họp: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat: %1 (%2), %3</source>
        <translation>Chỗ ngồi này: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat: not enrolled in the roster (key fingerprint %1)</source>
        <translation>Chỗ ngồi này: chưa được đăng ký trong danh sách thành viên (dấu vân tay khóa %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quorum (%1): met; votes present: %2 of %3</source>
        <translation>Số lượng tối thiểu (%1): đủ; số phiếu có mặt: %2 trên %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (%1): not met; votes present: %2 of %3</source>
        <translation>Số lượng tối thiểu (%1): chưa đủ; số phiếu có mặt: %2 trên %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="+228"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+5"/>
        <source>Current item: %1</source>
        <translation>Nội dung đang họp: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+1"/>
        <location filename="../../app/cli/sessionspeakercommands.cpp" line="+328"/>
        <location line="+36"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floor: nobody</source>
        <translation>Phát biểu: không có ai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor: %1, speaking</source>
        <translation>Phát biểu: %1, đang phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor: %1, called</source>
        <translation>Phát biểu: %1, đã được mời</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Polls: none</source>
        <translation>Biểu quyết: không có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls:</source>
        <translation>Biểu quyết:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;: open; ballots: %3, yet to vote: %4</source>
        <translation>%1 &quot;%2&quot;: đang mở; số phiếu: %3, chưa bỏ phiếu: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;: closed, %3: %4</source>
        <translation>%1 &quot;%2&quot;: đã kết thúc, %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-23"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+2"/>
        <source>passed</source>
        <translation>thông qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+0"/>
        <source>not passed</source>
        <translation>không thông qua</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="-46"/>
        <source>Attendance of %1 people: %2 present, %3 absent with a reason, %4 absent without a reason, %5 by proxy, %6 not checked in</source>
        <translation>Điểm danh %1 người: %2 có mặt, %3 vắng có lý do, %4 vắng không lý do, %5 ủy quyền, %6 chưa điểm danh</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Decisions: %1, chain intact</source>
        <translation>Kết luận: %1, chuỗi quyết định nguyên vẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions: %1, the chain has problems</source>
        <translation>Kết luận: %1, chuỗi quyết định có vấn đề</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(corrected by decision %1)</source>
        <translation>(đã được quyết định %1 điều chỉnh)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes: not signed</source>
        <translation>Biên bản: chưa ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: signed by the chair (SHA-256 %1)</source>
        <translation>Biên bản: chủ trì đã ký (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered yet: %1 record(s) of this seat are not on the shared folder</source>
        <translation>Chưa gửi được: %1 hồ sơ của máy này chưa có trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems: none</source>
        <translation>Vấn đề: không có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1 (phonghop-cli session verify lists them)</source>
        <translation>Vấn đề: %1 (phonghop-cli session verify liệt kê chi tiết)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This seat&apos;s record %1 is not on the shared folder yet</source>
        <translation>Hồ sơ %1 của máy này chưa có trong thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This seat&apos;s record %1 is not on the shared folder yet: %2</source>
        <translation>Hồ sơ %1 của máy này chưa có trong thư mục dùng chung: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checked: roster revision %1; polls: %2, closed and their close records verified and recounted: %3; decisions in the chain: %4</source>
        <translation>Đã kiểm tra: danh sách thành viên phiên bản %1; biểu quyết: %2, đã kết thúc và đã xác minh, kiểm lại biên bản kết thúc: %3; kết luận trong chuỗi quyết định: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <translation>Vấn đề: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is clean.</source>
        <translation>Hồ sơ phiên họp không có vấn đề.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the record: %1.</source>
        <translation>Số vấn đề trong hồ sơ phiên họp: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Attendance list written to %1</source>
        <translation>Đã ghi danh sách điểm danh vào %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting is not in the cache (run phonghop-cli sync first): the minutes lack its title, agency and agenda</source>
        <translation>Cuộc họp chưa có trong bộ nhớ đệm (hãy chạy phonghop-cli sync trước): biên bản sẽ thiếu tên cuộc họp, cơ quan và chương trình họp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No number or place given for this meeting (--number, --place): they are left blank to fill in</source>
        <translation>Chưa có số và địa danh cho cuộc họp này (--number, --place): để trống để điền tay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes written to %1</source>
        <translation>Đã ghi biên bản vào %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+52"/>
        <source>Only the secretary may check in someone else; this seat is %1 (%2)</source>
        <translation>Chỉ thư ký mới được điểm danh hộ người khác; chỗ ngồi này là %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in: %1</source>
        <translation>Đã điểm danh: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-16"/>
        <location line="+108"/>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+15"/>
        <source>No poll %1 in this meeting</source>
        <translation>Cuộc họp này không có biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+11"/>
        <source>&quot;%1&quot; is not an option of poll %2 (%3)</source>
        <translation>&quot;%1&quot; không phải là phương án của biểu quyết %2 (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ballot cast in &quot;%1&quot;: %2%3</source>
        <translation>Đã bỏ phiếu cho &quot;%1&quot;: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (secret ballot)</source>
        <translation> (bỏ phiếu kín)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cast by proxy for %1</source>
        <translation>Đã biểu quyết thay cho %1 (ủy quyền)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share): %1%2</source>
        <translation>Chưa gửi được vào thư mục dùng chung (được giữ trên máy này, sẽ gửi ở lần đọc thư mục dùng chung tiếp theo): %1%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--text is %1 characters long; a topic has at most %2</source>
        <translation>--text dài %1 ký tự; nội dung đăng ký tối đa %2 ký tự</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chair has closed the speakers&apos; list of item %1: the request was not made. Ask the chair to reopen it</source>
        <translation>Chủ tọa đã khóa danh sách phát biểu của nội dung %1: chưa đăng ký được. Hãy đề nghị chủ tọa mở lại</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 has no request to speak waiting on item %2: nothing was withdrawn</source>
        <translation>%1 không có lượt đăng ký phát biểu nào đang chờ ở nội dung %2: không rút gì cả</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question on item %1 withdrawn</source>
        <translation>Đã rút câu hỏi chất vấn về nội dung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request to speak on item %1 withdrawn</source>
        <translation>Đã rút đăng ký phát biểu về nội dung %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessioncommon.cpp" line="+10"/>
        <source>The roster of this meeting has not reached this seat yet (phonghop-cli sync, and ask the secretary to publish the meeting): nothing was done</source>
        <translation>Danh sách thành viên của cuộc họp này chưa đến chỗ ngồi này (chạy phonghop-cli sync, và đề nghị thư ký phát hành cuộc họp): chưa làm gì</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat is not enrolled in the meeting&apos;s roster (key fingerprint %1): nothing was done. Ask the secretary to approve its enrolment and publish the meeting again</source>
        <translation>Chỗ ngồi này chưa được đăng ký trong danh sách thành viên của cuộc họp (dấu vân tay khóa %1): chưa làm gì. Đề nghị thư ký duyệt đăng ký và phát hành lại cuộc họp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1; this seat is %2 (%3): nothing was done</source>
        <translation>%1; chỗ ngồi này là %2 (%3): chưa làm gì</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The agenda has no item %1 (items: %2)</source>
        <translation>Chương trình họp không có nội dung %1 (các nội dung: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="-40"/>
        <source>Question asked on item %1</source>
        <translation>Đã đăng ký đặt câu hỏi về nội dung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to speak on item %1</source>
        <translation>Đã đăng ký phát biểu về nội dung %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-192"/>
        <source>Unknown poll kind: %1 (approval, yes-no or choice)</source>
        <translation>Loại biểu quyết không xác định: %1 (approval, yes-no hoặc choice)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown voting rule: %1 (%2)</source>
        <translation>Quy tắc biểu quyết không xác định: %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A choice poll needs at least two options: --options A,B,...</source>
        <translation>Biểu quyết lựa chọn cần ít nhất hai phương án: --options A,B,...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A %1 poll has %2 options; --options gives %3</source>
        <translation>Biểu quyết loại %1 có %2 phương án; --options đưa ra %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max needs a whole number, 1 or more: %1</source>
        <translation>--max cần một số nguyên từ 1 trở lên: %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+111"/>
        <source>Only the chair may open a poll</source>
        <translation>Chỉ chủ trì mới được mở biểu quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A poll %1 was already opened in this meeting; choose another id (%2 is free)</source>
        <translation>Biểu quyết %1 đã được mở trong cuộc họp này; hãy chọn mã khác (%2 còn trống)</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+87"/>
        <source>Poll %1 &quot;%2&quot; opened: %3</source>
        <translation>Đã mở biểu quyết %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 describes a poll made on the spot: give it with --title, or leave it out to open the prepared poll %2 as it was published</source>
        <translation>%1 dùng cho biểu quyết tạo tại chỗ: hãy ghi kèm --title, hoặc bỏ đi để mở biểu quyết chuẩn bị sẵn %2 đúng như đã phát hành</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting has no prepared poll %1 (none was published with it, or this seat has not synced): give --title to make one on the spot</source>
        <translation>Cuộc họp không có biểu quyết chuẩn bị sẵn %1 (không có biểu quyết nào được phát hành cùng cuộc họp, hoặc máy này chưa đồng bộ): hãy ghi --title để tạo biểu quyết tại chỗ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting has no prepared poll %1; prepared: %2</source>
        <translation>Cuộc họp không có biểu quyết chuẩn bị sẵn %1; các biểu quyết đã chuẩn bị: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prepared poll %1 cannot be opened: %2</source>
        <translation>Không mở được biểu quyết chuẩn bị sẵn %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll %1 was already opened in this meeting</source>
        <translation>Biểu quyết %1 đã được mở trong cuộc họp này</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+87"/>
        <source>Rule: %1</source>
        <translation>Quy tắc: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Secret ballot: no screen shows who chose what</source>
        <translation>Bỏ phiếu kín: không màn hình nào cho biết ai đã chọn gì</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair may close a poll</source>
        <translation>Chỉ chủ trì mới được kết thúc biểu quyết</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The poll %1 is already closed</source>
        <translation>Biểu quyết %1 đã kết thúc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The close of poll %1 was written but could not be read back from the share yet</source>
        <translation>Đã ghi biên bản kết thúc biểu quyết %1 nhưng chưa đọc lại được từ thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll %1 &quot;%2&quot; closed: %3: %4</source>
        <translation>Đã kết thúc biểu quyết %1 &quot;%2&quot;: %3: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the chair may give the floor</source>
        <translation>Chỉ chủ trì mới được mời phát biểu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody is waiting to speak on item %1</source>
        <translation>Không có ai đang chờ phát biểu về nội dung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The floor goes to %1 (a question); %2 more waiting</source>
        <translation>Mời %1 phát biểu (đặt câu hỏi); còn %2 người đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor goes to %1; %2 more waiting</source>
        <translation>Mời %1 phát biểu; còn %2 người đang chờ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown mark &quot;%1&quot;: use done, deferred, withdrawn or open</source>
        <translation>Đánh dấu không xác định &quot;%1&quot;: dùng done, deferred, withdrawn hoặc open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the chair may mark an agenda item</source>
        <translation>Chỉ chủ tọa được đánh dấu nội dung chương trình</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item %1: %2</source>
        <translation>Nội dung %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the chair or the secretary may record a conclusion</source>
        <translation>Chỉ Chủ tọa hoặc Thư ký được ghi kết luận</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The poll %1 is not closed; a conclusion rests on closed polls only</source>
        <translation>Biểu quyết %1 chưa kết thúc; kết luận chỉ dựa trên các biểu quyết đã kết thúc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conclusion of item %1 recorded in the decision chain (%2 decisions)</source>
        <translation>Đã ghi kết luận của nội dung %1 vào chuỗi quyết định (%2 kết luận)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft conclusion of item %1 written; the chair confirms it</source>
        <translation>Đã ghi dự thảo kết luận của nội dung %1; chủ trì sẽ xác nhận</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+70"/>
        <source>The file %1 does not exist</source>
        <translation>Tệp %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+51"/>
        <source>Only the chair may sign the minutes</source>
        <translation>Chỉ chủ trì mới được ký biên bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+6"/>
        <source>The minutes are already signed (SHA-256 %1)</source>
        <translation>Biên bản đã được ký (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes signed by the chair (SHA-256 %1); they are locked</source>
        <translation>Chủ trì đã ký biên bản (SHA-256 %1); biên bản đã bị khóa</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessioncommands.cpp" line="+59"/>
        <source>Unknown session subcommand: %1</source>
        <translation>Lệnh con của session không xác định: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionspeakercommands.cpp" line="-336"/>
        <source>questions</source>
        <translation>chất vấn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>speeches</source>
        <translation>phát biểu</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not waiting in the list of %2 of item %3: nothing was changed</source>
        <translation>%1 không có trong danh sách %2 đang chờ của nội dung %3: không thay đổi gì</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nobody)</source>
        <translation>(chưa có ai)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Speaking time: %1</source>
        <translation>Thời gian phát biểu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time: %1 of %2, over by %3</source>
        <translation>Thời gian phát biểu: %1 trên %2, quá %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking time: %1 of %2, %3 left</source>
        <translation>Thời gian phát biểu: %1 trên %2, còn %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the chair may close the speakers&apos; list</source>
        <translation>Chỉ chủ tọa được khóa danh sách phát biểu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speakers&apos; list of item %1 is already closed</source>
        <translation>Danh sách phát biểu của nội dung %1 đã khóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speakers&apos; list of item %1 closed: further requests are refused; %2 still waiting</source>
        <translation>Đã khóa danh sách phát biểu của nội dung %1: không nhận thêm đăng ký; còn %2 lượt đang chờ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the chair may reopen the speakers&apos; list</source>
        <translation>Chỉ chủ tọa được mở lại danh sách phát biểu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speakers&apos; list of item %1 is open</source>
        <translation>Danh sách phát biểu của nội dung %1 đang mở</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speakers&apos; list of item %1 reopened</source>
        <translation>Đã mở lại danh sách phát biểu của nội dung %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the chair may reorder the speakers&apos; list</source>
        <translation>Chỉ chủ tọa được sắp xếp lại danh sách phát biểu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POSITION is a place in the list, 1 or more: %1</source>
        <translation>POSITION là vị trí trong danh sách, từ 1 trở lên: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of %1 of item %2:</source>
        <translation>Danh sách %1 của nội dung %2:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair may remove a request from the speakers&apos; list</source>
        <translation>Chỉ chủ tọa được xóa lượt đăng ký khỏi danh sách phát biểu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 removed from the list of %2 of item %3</source>
        <translation>Đã xóa %1 khỏi danh sách %2 của nội dung %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The speaking time is seconds (&quot;90&quot;), minutes and seconds (&quot;3:00&quot;) or &quot;none&quot;, at most %1 minutes: %2</source>
        <translation>Thời gian phát biểu là số giây (&quot;90&quot;), phút và giây (&quot;3:00&quot;) hoặc &quot;none&quot;, tối đa %1 phút: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may set the speaking time</source>
        <translation>Chỉ chủ tọa được đặt thời gian phát biểu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speaking time per speaker for the meeting: %1</source>
        <translation>Thời gian phát biểu mỗi người trong phiên họp: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time per speaker on item %1: %2</source>
        <translation>Thời gian phát biểu mỗi người ở nội dung %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s</source>
        <translation>theo phiên họp</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every item (none is current)</source>
        <translation>Mọi nội dung (chưa có nội dung nào đang thảo luận)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>Nội dung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the list is closed)</source>
        <translation>(danh sách đã khóa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaking time per speaker: %1</source>
        <translation>Thời gian phát biểu mỗi người: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions:</source>
        <translation>Chất vấn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speeches:</source>
        <translation>Phát biểu:</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionnoticecommands.cpp" line="+37"/>
        <source>The meeting is not in the cache (run phonghop-cli sync first): the notice lacks its title, agency and agenda</source>
        <translation>Cuộc họp chưa có trong bộ nhớ đệm (hãy chạy phonghop-cli sync trước): thông báo thiếu tên cuộc họp, cơ quan và chương trình</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Conclusion notice written to %1 (%n conclusion(s))</source>
        <translation>
            <numerusform>Đã ghi thông báo kết luận vào %1 (%n kết luận)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the chair may correct a conclusion</source>
        <translation>Chỉ chủ tọa được điều chỉnh kết luận</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decision record has no decision %1 (give its position, 1 to %2, or at least 8 digits of its hash)</source>
        <translation>Sổ quyết định không có quyết định %1 (hãy nhập số thứ tự từ 1 đến %2, hoặc ít nhất 8 ký tự đầu của mã băm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conclusion %1 of item %2 corrected by a new decision; the chain keeps both (%3 decisions)</source>
        <translation>Kết luận %1 của nội dung %2 đã được điều chỉnh bằng một quyết định mới; chuỗi giữ cả hai (%3 quyết định)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="-83"/>
        <source>the NSS database</source>
        <translation>cơ sở dữ liệu NSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token &quot;%1&quot;</source>
        <translation>thiết bị ký số &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN of %1: </source>
        <translation>Mã PIN của %1: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 exists already; remove it or give another --output</source>
        <translation>%1 đã có; hãy xóa tệp đó hoặc chỉ ra --output khác</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Minutes of %1</source>
        <translation>Biên bản %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3); they are locked</source>
        <translation>Đã ký biên bản bằng chứng thư số &quot;%1&quot;: %2 (SHA-256 %3); biên bản đã được khóa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the chair or the secretary may sign the conclusion notice</source>
        <translation>Chỉ chủ tọa hoặc thư ký mới được ký thông báo kết luận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conclusion notice of %1</source>
        <translation>Thông báo kết luận %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conclusion notice signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3)</source>
        <translation>Đã ký thông báo kết luận bằng chứng thư &quot;%1&quot;: %2 (SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::StatsCommands</name>
    <message>
        <location filename="../../app/cli/statscommands.cpp" line="+42"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Cách dùng: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>DATE: YYYY-MM-DD (inclusive, the meeting&apos;s own date) or a full ISO 8601 date and time. --unit: the organisation holding the meetings, as the meetings name it. --offline: compute from the cache without reading the share.</source>
        <translation>DATE: YYYY-MM-DD (tính cả ngày đó, theo ngày của cuộc họp) hoặc ngày giờ đầy đủ theo ISO 8601. --unit: cơ quan tổ chức cuộc họp, ghi đúng tên như trong cuộc họp. --offline: tính từ dữ liệu trên máy, không đọc thư mục dùng chung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--unit needs the name of a unit</source>
        <translation>--unit cần có tên đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from is after --to</source>
        <translation>--from muộn hơn --to</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The figures are computed from the session summaries this cache holds.</source>
        <translation>Số liệu được tính từ các bản tổng hợp phiên họp có trong dữ liệu trên máy này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache cannot be read: %1</source>
        <translation>Không đọc được dữ liệu trên máy: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No session summary for %n meeting(s); their attendance, speeches and polls are not in the figures: %1</source>
        <translation>
            <numerusform>Chưa có bản tổng hợp phiên họp của %n cuộc họp; tình hình tham dự, phát biểu và biểu quyết của các cuộc họp này không được tính vào số liệu: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Statistics from %1 to %2</source>
        <translation>Thống kê từ %1 đến %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n cuộc họp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::cli::VotingCommands</name>
    <message>
        <location filename="../../app/cli/votingcommands.cpp" line="+28"/>
        <source>The poll file is in format %1; this version reads format %2</source>
        <translation>Tệp biểu quyết theo định dạng %1; phiên bản này đọc định dạng %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>poll: %1</source>
        <translation>biểu quyết: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>members: the file lists no members</source>
        <translation>thành viên: tệp không liệt kê thành viên nào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>members: %1 has a weight that is not a whole number</source>
        <translation>thành viên: %1 có trọng số không phải số nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members: %1 has a weight larger than %2</source>
        <translation>thành viên: %1 có trọng số lớn hơn %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>members: a member has no id</source>
        <translation>thành viên: có thành viên không có mã</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: phonghop-cli tally POLL.json</source>
        <translation>Cách dùng: phonghop-cli tally POLL.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 không phải là đối tượng JSON: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/about/aboutdialog.cpp" line="+28"/>
        <source>About PhòngHọp</source>
        <translation>Giới thiệu PhòngHọp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paperless meetings for People&apos;s Committees</source>
        <translation>Phòng họp không giấy cho Ủy ban nhân dân các cấp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build date:</source>
        <translation>Ngày biên dịch:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 (not present)</source>
        <translation>%1 (không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings:</source>
        <translation>Cấu hình hệ thống:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these details to send them to IT support</source>
        <translation>Sao chép các thông tin này để gửi cho bộ phận hỗ trợ CNTT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System settings: %1</source>
        <translation>Cấu hình hệ thống: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AgendaEditor</name>
    <message>
        <location filename="../../ui/secretary/agendaeditor.cpp" line="+63"/>
        <source>Add &amp;item</source>
        <translation>Thêm &amp;nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;sub-item</source>
        <translation>Thêm nội dung &amp;con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Xóa nội dung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag items to reorder them or to make them sub-items; numbers follow. Drop PDF, Word, Excel or OpenDocument files on an item to attach them; office files are published as PDF, with the original beside it.</source>
        <translation>Kéo các nội dung để sắp xếp lại hoặc để đưa vào làm nội dung con; số thứ tự tự cập nhật. Thả tệp PDF, Word, Excel hoặc OpenDocument vào một nội dung để đính kèm; tệp văn phòng được phát hành dưới dạng PDF, kèm bản gốc.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Attach document…</source>
        <translation>Đính &amp;kèm tài liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with new &amp;version…</source>
        <translation>Thay bằng &amp;phiên bản mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;document</source>
        <translation>Gỡ &amp;tài liệu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submission (tờ trình)</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft decision</source>
        <translation>Dự thảo quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft resolution</source>
        <translation>Dự thảo nghị quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Department of Finance</source>
        <translation>ví dụ: Sở Tài chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential (&quot;Mật&quot;): only the people ticked below receive it</source>
        <translation>Tài liệu mật (&quot;Mật&quot;): chỉ những người được đánh dấu dưới đây nhận được</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbid exporting and printing it (recipients read it on screen only)</source>
        <translation>Cấm xuất và in (người nhận chỉ đọc trên màn hình)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>New agenda item</source>
        <translation>Nội dung mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New sub-item</source>
        <translation>Nội dung con mới</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Documents (*.pdf %1);;PDF documents (*.pdf);;Word, Excel and OpenDocument files (%1);;All files (*)</source>
        <translation>Tài liệu (*.pdf %1);;Tài liệu PDF (*.pdf);;Tệp Word, Excel và OpenDocument (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attach documents</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Replace with a new version</source>
        <translation>Thay bằng phiên bản mới</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents of %1. %2</source>
        <translation>Tài liệu của %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an agenda item to see its documents</source>
        <translation>Chọn một nội dung để xem tài liệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source> — version %1</source>
        <translation> — phiên bản %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no file</source>
        <translation>không có tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AgendaModel</name>
    <message>
        <location filename="../../ui/mainwindow/agendamodel.cpp" line="+59"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Dự kiến: %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AgendaWidget</name>
    <message>
        <location filename="../../ui/session/agendawidget.cpp" line="+64"/>
        <source>Chair: the selected item</source>
        <translation>Chủ tọa: nội dung đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make current</source>
        <translation>Chuyển sang nội dung này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defer</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Rút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not handled yet</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an agenda item first</source>
        <translation>Hãy chọn một nội dung chương trình trước</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>now</source>
        <translation>đang họp</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationController</name>
    <message>
        <location filename="../../ui/annotations/annotationcontroller.cpp" line="+45"/>
        <source>Export my copy…</source>
        <translation>Xuất bản của tôi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment to secretary…</source>
        <translation>Góp ý gửi thư ký…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations</source>
        <translation>Ghi chú trên tài liệu</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Review annotations</source>
        <translation>Xem lại ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version this annotation came from is no longer on this computer; place it on the current page or delete it.</source>
        <translation>Phiên bản chứa ghi chú này không còn trên máy tính; hãy đặt ghi chú vào trang hiện tại hoặc xóa đi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No document is open.</source>
        <translation>Chưa mở tài liệu nào.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> - annotated</source>
        <translation> - có ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>Export my annotated copy</source>
        <translation>Xuất bản có ghi chú của tôi</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>Comment to the secretary</source>
        <translation>Góp ý gửi thư ký</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Your comment on this document (page %1):</source>
        <translation>Ý kiến của bạn về tài liệu này (trang %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment on “%1”:</source>
        <translation>Ý kiến của bạn về “%1”:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your annotated copy is saved as %1.</source>
        <translation>Bản có ghi chú của bạn đã được lưu thành %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your comment is sent to the secretary (or kept on this seat until the shared folder can be reached).</source>
        <translation>Ý kiến của bạn đã được gửi cho thư ký (hoặc được giữ trên máy này cho đến khi vào được thư mục dùng chung).</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationOverlay</name>
    <message>
        <location filename="../../ui/annotations/annotationoverlay.cpp" line="+89"/>
        <source>Text:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Sticky note</source>
        <translation>Ghi chú dán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text box</source>
        <translation>Hộp văn bản</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Resize annotation</source>
        <translation>Đổi kích thước ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move annotation</source>
        <translation>Di chuyển ghi chú</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationPanel</name>
    <message>
        <location filename="../../ui/annotations/annotationpanel.cpp" line="+28"/>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Excerpt</source>
        <translation>Trích đoạn</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Old page</source>
        <translation>Trang cũ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place on current page</source>
        <translation>Đặt vào trang hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review beside the old version…</source>
        <translation>Xem lại cạnh phiên bản cũ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the old page with the annotation next to the new page, and place it there</source>
        <translation>Hiện trang cũ có ghi chú bên cạnh trang mới, rồi đặt ghi chú vào đó</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 (in the PDF)</source>
        <translation>%1 (trong tệp PDF)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n annotation(s) from the previous version need review: they could not be placed with confidence.</source>
        <translation>
            <numerusform>%n ghi chú từ phiên bản trước cần xem lại: chưa xác định chắc chắn được vị trí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationReviewView</name>
    <message>
        <location filename="../../ui/annotations/annotationreviewview.cpp" line="+253"/>
        <source>Review a carried-over annotation</source>
        <translation>Xem lại ghi chú chuyển từ phiên bản trước</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀ Previous page</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tap the new page where the annotation belongs, then choose “Place here”.</source>
        <translation>Chạm vào chỗ đặt ghi chú trên trang mới, rồi chọn “Đặt vào đây”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place here</source>
        <translation>Đặt vào đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the annotation where it is shown on the new page (P or Enter)</source>
        <translation>Đặt ghi chú vào chỗ đang hiện trên trang mới (P hoặc Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as note</source>
        <translation>Giữ thành ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep its text as a note at that place on the new page (N)</source>
        <translation>Giữ nội dung thành một ghi chú tại chỗ đó trên trang mới (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the annotation (Delete)</source>
        <translation>Xóa ghi chú (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last choice (Ctrl+Z)</source>
        <translation>Hoàn tác lựa chọn vừa rồi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Every carried-over annotation has been reviewed.</source>
        <translation>Đã xem lại hết các ghi chú chuyển từ phiên bản trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 “%2” — %n annotation(s) to review</source>
        <translation>
            <numerusform>%1 “%2” — còn %n ghi chú cần xem lại</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it needs review: %1</source>
        <translation>Lý do cần xem lại: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>Nhận xét của bạn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1, page %2: where it was</source>
        <translation>Phiên bản %1, trang %2: vị trí cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous version, page %1: where it was</source>
        <translation>Phiên bản trước, trang %1: vị trí cũ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 (new), page %2 of %3</source>
        <translation>Phiên bản %1 (mới), trang %2/%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (new), page %2</source>
        <translation>Phiên bản %1 (mới), trang %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was here</source>
        <translation>Vị trí cũ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goes here?</source>
        <translation>Đặt ở đây?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>From the previous version, page %1</source>
        <translation>Từ phiên bản trước, trang %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep annotation as note</source>
        <translation>Giữ thành ghi chú</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationToolBar</name>
    <message>
        <location filename="../../ui/annotations/annotationtoolbar.cpp" line="+39"/>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Xanh lam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>Đen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations</source>
        <translation>Ghi chú trên tài liệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Browse</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strike</source>
        <translation>Gạch ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>Bút</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eraser</source>
        <translation>Tẩy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colour: %1</source>
        <translation>Màu: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Pen width</source>
        <translation>Độ dày nét bút</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Undo %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>Làm lại: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ApprovalDialog</name>
    <message>
        <location filename="../../ui/secretary/approvaldialog.cpp" line="+23"/>
        <source>Approve a device — PhòngHọp</source>
        <translation>Duyệt thiết bị — PhòngHọp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this device for %1?</source>
        <translation>Duyệt thiết bị này cho %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the person to show the screen of their device. Approve only when the code and the fingerprint there are exactly these:</source>
        <translation>Hãy đề nghị người đó cho xem màn hình thiết bị của họ. Chỉ duyệt khi mã và dấu vân tay trên đó đúng hệt như sau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison code</source>
        <translation>Mã đối chiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device fingerprint</source>
        <translation>Dấu vân tay thiết bị</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Device “%1”, requested %2.</source>
        <translation>Thiết bị “%1”, gửi yêu cầu lúc %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Once approved, the device can check in and vote as this person in the meetings whose roster lists it.</source>
        <translation>Sau khi được duyệt, thiết bị có thể điểm danh và biểu quyết với tư cách người này trong các cuộc họp có danh sách đại biểu ghi thiết bị.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Requested %1.</source>
        <translation>Gửi yêu cầu lúc %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The codes match — approve</source>
        <translation>Mã khớp — duyệt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>They differ — cancel</source>
        <translation>Không khớp — hủy</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AttendanceModel</name>
    <message>
        <location filename="../../ui/session/attendancemodel.cpp" line="+10"/>
        <source>Participant</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>to %1</source>
        <translation>cho %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AttendanceWidget</name>
    <message>
        <location filename="../../ui/session/attendancewidget.cpp" line="+31"/>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent…</source>
        <translation>Vắng mặt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy…</source>
        <translation>Ủy quyền…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check in selected</source>
        <translation>Điểm danh người được chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary: check in the selected participant</source>
        <translation>Thư ký: điểm danh thành viên được chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Present: %1 · Absent with a reason: %2 · Absent without a reason: %3 · Proxy: %4 · Not checked in: %5 — %6</source>
        <translation>Có mặt: %1 · Vắng có lý do: %2 · Vắng không lý do: %3 · Ủy quyền: %4 · Chưa điểm danh: %5 — %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b style=&quot;color:#1b5e20&quot;&gt;quorum met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#1b5e20&quot;&gt;đủ số lượng tối thiểu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;no quorum yet&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;chưa đủ số lượng tối thiểu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Absence</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proxy</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give my proxy to:</source>
        <translation>Ủy quyền cho:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Export the attendance list</source>
        <translation>Xuất danh sách điểm danh</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AuditLogModel</name>
    <message>
        <location filename="../../ui/session/auditlogmodel.cpp" line="+10"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AuditLogWidget</name>
    <message>
        <location filename="../../ui/session/auditlogwidget.cpp" line="+27"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký lưu vết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::CacheSettingsDialog</name>
    <message>
        <location filename="../../ui/setup/cachesettingsdialog.cpp" line="+55"/>
        <source>Cache and sync</source>
        <translation>Bộ nhớ đệm và đồng bộ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring the cache…</source>
        <translation>Đang đo dung lượng bộ nhớ đệm…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for ever</source>
        <translation>Giữ vĩnh viễn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My meetings and those open to all staff</source>
        <translation>Cuộc họp của tôi và các cuộc họp mở cho toàn thể cán bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every meeting of the organisation (the office&apos;s seat)</source>
        <translation>Mọi cuộc họp của cơ quan (máy của văn phòng)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This setting is managed by your administrator</source>
        <translation>Thiết lập này do quản trị viên quản lý</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evict now…</source>
        <translation>Giải phóng ngay…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep documents of past meetings for</source>
        <translation>Giữ tài liệu của các cuộc họp đã kết thúc trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings this seat copies</source>
        <translation>Cuộc họp được sao chép về máy này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents of meetings that ended longer ago are deleted from this computer after each sync. Their agendas, your annotations and notes, attendance, votes and decisions stay; a document can be fetched again from the shared folder when you open it.</source>
        <translation>Tài liệu của các cuộc họp đã kết thúc lâu hơn thời hạn này sẽ được xóa khỏi máy tính này sau mỗi lần đồng bộ. Chương trình họp, phần đánh dấu và ghi chú của bạn, tình hình tham dự, kết quả biểu quyết và các quyết định vẫn được giữ; khi bạn mở, tài liệu có thể được tải lại từ thư mục dùng chung.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache could not be measured: %1</source>
        <translation>Không đo được dung lượng bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer holds %1 MB for PhòngHọp, of which %2 MB are documents.</source>
        <translation>Máy tính này đang dùng %1 MB cho PhòngHọp, trong đó tài liệu chiếm %2 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents of past meetings are kept for ever.</source>
        <translation>Tài liệu của các cuộc họp đã kết thúc được giữ vĩnh viễn.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No document of a meeting that ended more than %n day(s) ago is on this computer.</source>
        <translation>
            <numerusform>Trên máy tính này không có tài liệu nào của cuộc họp đã kết thúc quá %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eviction would free %1 MB: %2 file(s) of %3 meeting(s) that ended more than %4 day(s) ago.</source>
        <translation>Giải phóng sẽ lấy lại %1 MB: %2 tệp của %3 cuộc họp đã kết thúc quá %4 ngày.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete from this computer the documents of meetings that ended more than %1 day(s) ago (%2 MB)? This cannot be undone on this computer; the documents can be fetched again from the shared folder.</source>
        <translation>Xóa khỏi máy tính này tài liệu của các cuộc họp đã kết thúc quá %1 ngày (%2 MB)? Không thể hoàn tác trên máy tính này; tài liệu có thể được tải lại từ thư mục dùng chung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The documents could not be evicted: %1</source>
        <translation>Không giải phóng được tài liệu: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settings could not be saved: %1</source>
        <translation>Không lưu được thiết lập: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConclusionsWidget</name>
    <message>
        <location filename="../../ui/session/conclusionswidget.cpp" line="+34"/>
        <source>Confirm the secretary&apos;s draft</source>
        <translation>Xác nhận dự thảo của Thư ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion for the current agenda item</source>
        <translation>Kết luận cho nội dung đang họp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document of the meeting the conclusion cites</source>
        <translation>Tài liệu của cuộc họp mà kết luận dẫn chiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Record the conclusion</source>
        <translation>Ghi kết luận</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Correct the selected conclusion</source>
        <translation>Điều chỉnh kết luận đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the box&apos;s text as a new decision that supersedes the selected one; the decision record keeps both</source>
        <translation>Ghi nội dung trong ô thành một quyết định mới thay thế quyết định đã chọn; sổ quyết định giữ cả hai</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No document cited</source>
        <translation>Không dẫn chiếu tài liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cites: %1</source>
        <translation>Dẫn chiếu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n decision(s), signed by the chair, chain intact.</source>
        <translation>
            <numerusform>%n quyết định, có chữ ký của chủ trì, chuỗi quyết định nguyên vẹn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: the decision record on the share was altered: %1</source>
        <translation>Cảnh báo: hồ sơ quyết định trên thư mục dùng chung đã bị sửa: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft the conclusion</source>
        <translation>Soạn kết luận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record conclusion (with the item&apos;s closed polls)</source>
        <translation>Ghi kết luận (kèm các biểu quyết đã kết thúc của nội dung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the conclusion for the chair to confirm</source>
        <translation>Ghi kết luận để Chủ tọa xác nhận</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the draft to confirm in the list</source>
        <translation>Chọn dự thảo cần xác nhận trong danh sách</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select the conclusion to correct in the list</source>
        <translation>Hãy chọn kết luận cần điều chỉnh trong danh sách</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the conclusion in the box, then press “%1” again</source>
        <translation>Sửa kết luận trong ô, rồi bấm “%1” lần nữa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct a conclusion</source>
        <translation>Điều chỉnh kết luận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this text as decision %1&apos;s correction? The decision record keeps both; the minutes and the notice print the correction.</source>
        <translation>Ghi nội dung này làm bản điều chỉnh của quyết định %1? Sổ quyết định giữ cả hai; biên bản và thông báo in bản điều chỉnh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct</source>
        <translation>Điều chỉnh</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConfidentialCopyAction</name>
    <message>
        <location filename="../../ui/mainwindow/confidentialcopyaction.cpp" line="+21"/>
        <source>Save a copy with my watermark…</source>
        <translation>Lưu bản sao có hình mờ của tôi…</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+5"/>
        <source>Save a copy with my watermark</source>
        <translation>Lưu bản sao có hình mờ của tôi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the copy with your watermark…</source>
        <translation>Đang ghi bản sao có dấu chìm của bạn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the copy with your watermark: page %L1 of %L2…</source>
        <translation>Đang ghi bản sao có dấu chìm của bạn: trang %L1 / %L2…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The copy was not saved: %1</source>
        <translation>Chưa lưu được bản sao: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy with your watermark was saved as %1.</source>
        <translation>Đã lưu bản sao có hình mờ của bạn thành %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationForm</name>
    <message>
        <location filename="../../ui/consult/consultationform.cpp" line="+54"/>
        <source>Publish…</source>
        <translation>Phát hành…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New consultation</source>
        <translation>Phiếu lấy ý kiến mới</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Hạn trả lời:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members consulted (from the people directory)</source>
        <translation>Thành viên được hỏi ý kiến (từ danh bạ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair (decides a tie):</source>
        <translation>Chủ trì (quyết định khi số ý kiến ngang nhau):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a question</source>
        <translation>Thêm câu hỏi</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Documents for the consultation</source>
        <translation>Tài liệu kèm phiếu lấy ý kiến</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The question, e.g. “Thông qua dự thảo Quyết định?”</source>
        <translation>Câu hỏi, ví dụ: “Thông qua dự thảo Quyết định?”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree / disagree / other</source>
        <translation>Đồng ý / Không đồng ý / Ý kiến khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Có / Không</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the options</source>
        <translation>Chọn một trong các phương án</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The options, separated by “;”, e.g. “Phương án 1; Phương án 2”</source>
        <translation>Các phương án, cách nhau bằng dấu “;”, ví dụ “Phương án 1; Phương án 2”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New revision of “%1”</source>
        <translation>Bản sửa đổi mới của “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As published: %1</source>
        <translation>Như đã phát hành: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept as published, sealed to the members&apos; devices</source>
        <translation>Giữ nguyên như đã phát hành, đã niêm phong cho thiết bị của các thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as published</source>
        <translation>Giữ nguyên như đã phát hành</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+199"/>
        <source>The organisation&apos;s key cannot be read: %1</source>
        <translation>Không đọc được khóa của cơ quan: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The people directory cannot be read: %1</source>
        <translation>Không đọc được danh bạ: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The people directory is empty: add the members in “People” first.</source>
        <translation>Danh bạ đang trống: hãy thêm thành viên ở mục “Danh bạ” trước.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the consultation a title.</source>
        <translation>Hãy nhập tiêu đề cho phiếu lấy ý kiến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which body issues it.</source>
        <translation>Hãy ghi rõ cơ quan ban hành.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline must be in the future.</source>
        <translation>Hạn trả lời phải là thời điểm trong tương lai.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one member to consult.</source>
        <translation>Hãy chọn ít nhất một thành viên để lấy ý kiến.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1 has no text.</source>
        <translation>Câu hỏi %1 chưa có nội dung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question %1 lets the members choose: give at least two options, separated by “;”.</source>
        <translation>Câu hỏi %1 cho thành viên chọn phương án: hãy nhập ít nhất hai phương án, cách nhau bằng dấu “;”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one question.</source>
        <translation>Hãy thêm ít nhất một câu hỏi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document %1 has no title.</source>
        <translation>Tài liệu %1 chưa có tiêu đề.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document “%1” is no longer there.</source>
        <translation>Tài liệu “%1” không còn ở vị trí cũ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The document “%1” is not in the published revision any more: remove it and add its PDF again.</source>
        <translation>Tài liệu “%1” không còn trong lần phát hành hiện tại: hãy gỡ tài liệu này rồi thêm lại tệp PDF của nó.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publish a new revision</source>
        <translation>Phát hành bản sửa đổi mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish revision %1 of “%2”?</source>
        <translation>Phát hành phiên bản %1 của “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers given to revision %1 no longer count: every member answers again before %2. It is signed with the organisation&apos;s key.</source>
        <translation>Các ý kiến đã trả lời cho phiên bản %1 không còn được tính: mọi thành viên phải trả lời lại trước %2. Bản sửa đổi được ký bằng khóa của cơ quan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish the consultation</source>
        <translation>Phát hành phiếu lấy ý kiến</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Publish “%1” to %n member(s)?</source>
        <translation>
            <numerusform>Phát hành “%1” tới %n thành viên?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s), %1 document(s), deadline %2. It is signed with the organisation&apos;s key and every member&apos;s seat receives it at its next sync.</source>
        <translation>
            <numerusform>%n câu hỏi, %1 tài liệu, hạn trả lời %2. Phiếu được ký bằng khóa của cơ quan và máy của từng thành viên sẽ nhận được ở lần đồng bộ tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Publish</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Documents (PDF, or office files converted to PDF; ticked: confidential, sealed to the members&apos; devices)</source>
        <translation>Tài liệu (PDF, hoặc tệp văn phòng được chuyển sang PDF; có đánh dấu: tài liệu mật, được niêm phong cho thiết bị của các thành viên)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a document…</source>
        <translation>Thêm tài liệu…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF and office documents (*.pdf %1)</source>
        <translation>Tài liệu PDF và tệp văn phòng (*.pdf %1)</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>Not published: the organisation&apos;s key stays locked.</source>
        <translation>Chưa phát hành: khóa của cơ quan vẫn đang khóa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the documents and signing…</source>
        <translation>Đang sao chép tài liệu và ký…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published: %1</source>
        <translation>Chưa phát hành: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published.</source>
        <translation>Đã phát hành.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationOffice</name>
    <message>
        <location filename="../../ui/consult/consultationoffice.cpp" line="+65"/>
        <source>Close early (before the deadline)</source>
        <translation>Kết thúc sớm (trước hạn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the consultation…</source>
        <translation>Kết thúc lấy ý kiến…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report PDF…</source>
        <translation>Báo cáo PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the reminder list</source>
        <translation>Sao chép danh sách nhắc trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder list…</source>
        <translation>Lưu danh sách nhắc trả lời…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New revision…</source>
        <translation>Bản sửa đổi mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consultations</source>
        <translation>Các đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New consultation…</source>
        <translation>Tạo đợt lấy ý kiến mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count by the question&apos;s rule</source>
        <translation>Tính theo quy tắc của câu hỏi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder list (not answered yet)</source>
        <translation>Danh sách nhắc trả lời (chưa trả lời)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the reminder list (who has not answered, their position, the deadline), or save it as PDF</source>
        <translation>In danh sách nhắc trả lời (người chưa trả lời, chức vụ, hạn trả lời), hoặc lưu thành PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the deadline, documents, questions or members: the members answer the new revision again</source>
        <translation>Thay đổi hạn trả lời, tài liệu, câu hỏi hoặc thành viên: các thành viên sẽ trả lời lại theo bản sửa đổi mới</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The reminder list is copied: paste it into a message or a document.</source>
        <translation>Đã sao chép danh sách nhắc trả lời: hãy dán vào tin nhắn hoặc văn bản.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published: the members&apos; seats receive it at their next sync.</source>
        <translation>Đã phát hành: máy của các thành viên sẽ nhận được ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new revision is published: the members answer it again.</source>
        <translation>Đã phát hành bản sửa đổi mới: các thành viên sẽ trả lời lại.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The shared folder cannot be read: %1</source>
        <translation>Không đọc được thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open until %1</source>
        <translation>nhận ý kiến đến %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline passed, to close</source>
        <translation>đã hết hạn, chờ kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The consultation cannot be read: %1</source>
        <translation>Không đọc được đợt lấy ý kiến: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deadline %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members have answered every question.</source>
        <translation>%1/%2 thành viên đã trả lời tất cả các câu hỏi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed %1%2: the signed count below is what every seat recounts.</source>
        <translation>Đã kết thúc lúc %1%2: kết quả kiểm phiếu đã ký dưới đây là kết quả mà mọi máy đều kiểm lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (early)</source>
        <translation> (trước hạn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close files refused: %1</source>
        <translation>Biên bản kết thúc bị từ chối: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n answer(s) not counted (late, forged or invalid).</source>
        <translation>
            <numerusform>%n ý kiến không được tính (gửi muộn, giả mạo hoặc không hợp lệ).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Question %1</source>
        <translation>Câu hỏi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Outcome: adopted</source>
        <translation>Kết quả: được thông qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome: not adopted</source>
        <translation>Kết quả: không được thông qua</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already closed.</source>
        <translation>Đã kết thúc từ trước.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The deadline (%1) has not passed yet: members may still answer. Tick “Close early” to close it now.</source>
        <translation>Chưa đến hạn (%1): thành viên vẫn có thể trả lời. Đánh dấu “Kết thúc sớm” để kết thúc ngay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 members have answered. The count is signed with the organisation&apos;s key and every seat recounts it; no answer is accepted afterwards.</source>
        <translation>%1/%2 thành viên đã trả lời. Kết quả kiểm phiếu được ký bằng khóa của cơ quan và mọi máy đều kiểm lại; sau đó không nhận thêm ý kiến nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deadline (%1) has not passed: members who have not answered lose their chance.</source>
        <translation>Chưa đến hạn (%1): thành viên chưa trả lời sẽ không còn cơ hội trả lời.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the consultation</source>
        <translation>Kết thúc lấy ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close “%1” now? This cannot be undone.</source>
        <translation>Kết thúc lấy ý kiến “%1” ngay bây giờ? Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed: the organisation&apos;s key stays locked.</source>
        <translation>Chưa kết thúc: khóa của cơ quan chưa được mở.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s key cannot be read: %1</source>
        <translation>Không đọc được khóa của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting and signing the close…</source>
        <translation>Đang kiểm phiếu và ký biên bản kết thúc…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not closed: %1</source>
        <translation>Chưa kết thúc được: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed. Every member&apos;s seat recounts the close at its next sync.</source>
        <translation>Đã kết thúc. Máy của mỗi thành viên sẽ kiểm lại biên bản kết thúc ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the summary report</source>
        <translation>Lưu báo cáo tổng hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report was not written: %1</source>
        <translation>Chưa ghi được báo cáo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report is saved in %1</source>
        <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the reminder list</source>
        <translation>Lưu danh sách nhắc trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list was not saved: %1</source>
        <translation>Chưa lưu được danh sách: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>The reminder list is saved in %1</source>
        <translation>Đã lưu danh sách nhắc trả lời vào %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The reminder list was not written: %1</source>
        <translation>Không ghi được danh sách nhắc trả lời: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminder list — %1</source>
        <translation>Danh sách nhắc trả lời — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the reminder list</source>
        <translation>In danh sách nhắc trả lời</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reminder list was sent to the printer.</source>
        <translation>Đã gửi danh sách nhắc trả lời đến máy in.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::Consultations</name>
    <message>
        <location filename="../../ui/consult/consultationsview.cpp" line="+30"/>
        <source>Open for answers</source>
        <translation>Đang nhận ý kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline has passed: answers are no longer accepted; the office has not closed it yet.</source>
        <translation>Đã hết hạn: không nhận thêm ý kiến; văn phòng chưa kết thúc lấy ý kiến.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed by the office.</source>
        <translation>Văn phòng đã kết thúc lấy ý kiến.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>This consultation is not on this seat.</source>
        <translation>Đợt lấy ý kiến này chưa có trên máy này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This seat could not recount the close: %1</source>
        <translation>Máy này không kiểm lại được biên bản kết thúc: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consult/consultworker.cpp" line="+23"/>
        <source>Past the deadline</source>
        <translation>Đã quá hạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 d %2 h left</source>
        <translation>Còn %1 ngày %2 giờ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min left</source>
        <translation>Còn %1 giờ %2 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min left</source>
        <translation>Còn %1 phút</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationsView</name>
    <message>
        <location filename="../../ui/consult/consultationsview.cpp" line="-183"/>
        <source>Written consultations</source>
        <translation>Lấy ý kiến bằng văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions the office asks the members outside a meeting. Answer each one before its deadline.</source>
        <translation>Các câu hỏi văn phòng xin ý kiến thành viên ngoài cuộc họp. Vui lòng trả lời từng câu trước hạn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The consultations cannot be read: %1</source>
        <translation>Không đọc được các đợt lấy ý kiến: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some consultation files on the shared folder were not read: %1</source>
        <translation>Một số tệp lấy ý kiến trong thư mục dùng chung không đọc được: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deadline %1 (%2)</source>
        <translation>hạn %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question(s) to answer</source>
        <translation>
            <numerusform>%n câu hỏi cần trả lời</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All answered (you may change them until the deadline)</source>
        <translation>Đã trả lời hết (có thể thay đổi đến khi hết hạn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline passed %1</source>
        <translation>đã hết hạn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No consultation is addressed to you.</source>
        <translation>Không có đợt lấy ý kiến nào gửi đến bạn.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n answer(s) not yet delivered to the shared folder: they are kept on this seat and sent at the next sync.</source>
        <translation>
            <numerusform>%n ý kiến chưa gửi được đến thư mục dùng chung: ý kiến được giữ trên máy này và sẽ được gửi ở lần đồng bộ tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>← All consultations</source>
        <translation>← Tất cả các đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deadline: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are not among the members consulted: you can read it, not answer it.</source>
        <translation>Bạn không thuộc danh sách thành viên được lấy ý kiến: bạn có thể xem nhưng không trả lời được.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in the reader (annotations as for a meeting&apos;s documents)</source>
        <translation>Mở trong trình đọc (ghi chú như với tài liệu cuộc họp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidential: opened in the reader with your name on every page</source>
        <translation>Mật: mở trong trình đọc, có tên của bạn trên mỗi trang</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is not on this seat yet: it is copied at the next sync.</source>
        <translation>“%1” chưa có trên máy này: tài liệu sẽ được sao chép ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Question %1. %2</source>
        <translation>Câu hỏi %1. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+118"/>
        <source>Your answer: %1</source>
        <translation>Ý kiến của bạn: %1</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+118"/>
        <source>Comment: %1</source>
        <translation>Góp ý: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not answered yet.</source>
        <translation>Chưa trả lời.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered: the deadline has passed.</source>
        <translation>Chưa trả lời: đã hết hạn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs a new answer: the office changed the consultation (revision %1). Your answer to revision %2 (%3) no longer counts.</source>
        <translation>Cần trả lời lại: văn phòng đã thay đổi đợt lấy ý kiến (phiên bản %1). Ý kiến của bạn cho phiên bản %2 (%3) không còn được tính.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comment (required for “other opinion”, at most %1 characters)</source>
        <translation>Góp ý (bắt buộc khi chọn “Ý kiến khác”, tối đa %1 ký tự)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change my answer</source>
        <translation>Thay đổi ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send answer</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose an answer first.</source>
        <translation>Hãy chọn một phương án trả lời trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your opinion in the comment box first.</source>
        <translation>Hãy ghi ý kiến của bạn vào ô góp ý trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comment is too long: %1 characters, at most %2.</source>
        <translation>Góp ý quá dài: %1 ký tự, tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can change it until %1.</source>
        <translation>Bạn có thể thay đổi đến %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the answer</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing and sending the answer…</source>
        <translation>Đang ký và gửi ý kiến…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DecisionModel</name>
    <message>
        <location filename="../../ui/session/decisionmodel.cpp" line="+12"/>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correction of decision %1 — %2</source>
        <translation>Điều chỉnh quyết định %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cites %1)</source>
        <translation>(dẫn chiếu %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Superseded by decision %1 — %2</source>
        <translation>Đã được thay thế bởi quyết định %1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft by %1, awaiting the chair — %2</source>
        <translation>Dự thảo của %1, chờ Chủ tọa xác nhận — %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DelegatePreview</name>
    <message>
        <location filename="../../ui/secretary/delegatepreview.cpp" line="+54"/>
        <source>(no title yet)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dddd dd/MM/yyyy, HH:mm</source>
        <translation>dddd, dd/MM/yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no room yet)</source>
        <translation>(chưa có phòng họp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presented by %1</source>
        <translation>Trình bày: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (version %1)</source>
        <translation> (phiên bản %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Mật] %1</source>
        <translation>[Mật] %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DevicePinDialog</name>
    <message>
        <location filename="../../ui/setup/devicepindialog.cpp" line="+25"/>
        <source>Device PIN — PhòngHọp</source>
        <translation>Mã PIN thiết bị — PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter this device&apos;s PIN</source>
        <translation>Nhập mã PIN của thiết bị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect this device with a PIN</source>
        <translation>Bảo vệ thiết bị bằng mã PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key this seat signs with (check-in, votes) and opens confidential documents with is protected by a PIN.</source>
        <translation>Khóa mà máy này dùng để ký (điểm danh, biểu quyết) và mở tài liệu mật được bảo vệ bằng mã PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Choose a PIN of at least %n characters. It is asked each time PhòngHọp starts; without it, a lost device cannot sign nor open confidential documents.</source>
        <translation>
            <numerusform>Chọn mã PIN có ít nhất %n ký tự. Mã được hỏi mỗi khi PhòngHọp khởi động; không có mã, thiết bị bị mất không ký được và không mở được tài liệu mật.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+135"/>
        <location line="+27"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Delete the last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the system key store instead of a PIN</source>
        <translation>Dùng kho khóa của hệ thống thay cho mã PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop&apos;s key store (unlocked by your login) keeps the secret that opens this device&apos;s key; no PIN is asked.</source>
        <translation>Kho khóa của máy tính (được mở khi bạn đăng nhập) giữ mã bí mật dùng để mở khóa của thiết bị này; không cần nhập mã PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Continue without it</source>
        <translation>Tiếp tục không mở khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents.</source>
        <translation>Máy vẫn đồng bộ và hiển thị cuộc họp, nhưng không điểm danh, biểu quyết hay mở tài liệu mật được.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Handing the key to the system key store…</source>
        <translation>Đang giao khóa cho kho khóa của hệ thống…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the PIN first.</source>
        <translation>Hãy nhập mã PIN trước.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same PIN again.</source>
        <translation>Hãy nhập lại đúng mã PIN đó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ; nothing was changed. Choose the PIN again.</source>
        <translation>Hai mã PIN không khớp; chưa có gì thay đổi. Hãy chọn lại mã PIN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the key…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protecting the key…</source>
        <translation>Đang bảo vệ khóa…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device key — PhòngHọp</source>
        <translation>Khóa thiết bị — PhòngHọp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents until the key store is open.</source>
        <translation>%1

Máy vẫn đồng bộ và hiển thị cuộc họp, nhưng chưa điểm danh, biểu quyết hay mở tài liệu mật được cho đến khi kho khóa được mở.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DevicesPage</name>
    <message>
        <location filename="../../ui/secretary/devicespage.cpp" line="+107"/>
        <source>%1 upcoming meeting(s) checked, %2 new roster revision(s) written.</source>
        <translation>Đã kiểm tra %1 cuộc họp sắp tới, ghi %2 phiên bản danh sách đại biểu mới.</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>%n device(s) waiting for approval.</source>
        <translation>
            <numerusform>%n thiết bị đang chờ duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Approved</source>
        <translation>Duyệt lúc</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Approve…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Approving the device of %1…</source>
        <translation>Đang duyệt thiết bị của %1…</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compare the code on the person&apos;s device with the one here before approving: it proves the request comes from that device.</source>
        <translation>So mã trên thiết bị của người đó với mã ở đây trước khi duyệt: điều đó chứng tỏ yêu cầu đến từ đúng thiết bị ấy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Enrolled</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Enrolled devices</source>
        <translation>Thiết bị đã đăng ký</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>For a lost, stolen or replaced device. From the next roster on, its check-ins and ballots are refused and reported. This cannot be undone: the person enrols the device again as a new one. Fingerprint: %1</source>
        <translation>Dành cho thiết bị bị mất, bị lấy cắp hoặc được thay. Từ danh sách đại biểu kế tiếp, mọi điểm danh và phiếu của thiết bị đó bị từ chối và được báo cáo. Không thể hoàn tác: người đó phải đăng ký lại thiết bị như một thiết bị mới. Dấu vân tay: %1</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>No device is waiting for approval.</source>
        <translation>Không có thiết bị nào đang chờ duyệt.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>No upcoming meeting is published yet.</source>
        <translation>Chưa có cuộc họp sắp tới nào được phát hành.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+21"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Reading the enrolment requests…</source>
        <translation>Đang đọc các yêu cầu đăng ký…</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reject a request</source>
        <translation>Từ chối yêu cầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject the request of %1?</source>
        <translation>Từ chối yêu cầu của %1?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rejecting the request of %1…</source>
        <translation>Đang từ chối yêu cầu của %1…</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Requested</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Revoke (lost or replaced device)…</source>
        <translation>Thu hồi (thiết bị bị mất hoặc thay)…</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>Revoke a device</source>
        <translation>Thu hồi thiết bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the device “%1” of %2?</source>
        <translation>Thu hồi thiết bị “%1” của %2?</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Revoked %1</source>
        <translation>Đã thu hồi lúc %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Revoking the device “%1”…</source>
        <translation>Đang thu hồi thiết bị “%1”…</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>The device “%1” (code %2) is not enrolled. The person can send a new request later.</source>
        <translation>Thiết bị “%1” (mã %2) sẽ không được đăng ký. Người đó có thể gửi yêu cầu mới sau.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The device “%1” of %2 is approved.</source>
        <translation>Đã duyệt thiết bị “%1” của %2.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The device “%1” of %2 is revoked.</source>
        <translation>Đã thu hồi thiết bị “%1” của %2.</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>The directory cannot be read: %1</source>
        <translation>Không đọc được danh bạ: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The organisation&apos;s key file cannot be read: %1</source>
        <translation>Không đọc được tệp khóa của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The request of %1 was rejected.</source>
        <translation>Đã từ chối yêu cầu của %1.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Update the rosters of upcoming meetings</source>
        <translation>Cập nhật danh sách đại biểu các cuộc họp sắp tới</translation>
    </message>
    <message>
        <location line="+400"/>
        <source>Updating the rosters of upcoming meetings…</source>
        <translation>Đang cập nhật danh sách đại biểu các cuộc họp sắp tới…</translation>
    </message>
    <message>
        <location line="-434"/>
        <location line="+188"/>
        <source>Waiting for approval</source>
        <translation>Đang chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval (%1)</source>
        <translation>Đang chờ duyệt (%1)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Writes a new roster revision for each upcoming meeting whose participants&apos; devices changed, so that approved devices can vote and revoked ones cannot.</source>
        <translation>Ghi một phiên bản danh sách đại biểu mới cho mỗi cuộc họp sắp tới có thiết bị của đại biểu thay đổi, để thiết bị mới duyệt được biểu quyết và thiết bị đã thu hồi thì không.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DocumentCommentsDialog</name>
    <message>
        <location filename="../../ui/comments/documentcommentsdialog.cpp" line="+26"/>
        <source>Comments on “%1”</source>
        <translation>Ý kiến về “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegate / page</source>
        <translation>Đại biểu / trang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words commented on</source>
        <translation>Đoạn văn được góp ý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole document</source>
        <translation>Toàn bộ tài liệu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comments on this document have reached the share yet.</source>
        <translation>Chưa có ý kiến nào về tài liệu này được gửi lên thư mục dùng chung.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s) from %1 delegate(s).</source>
        <translation>
            <numerusform>%n ý kiến của %1 đại biểu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the comments</source>
        <translation>Xuất các ý kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DocumentView</name>
    <message>
        <location filename="../../ui/viewer/documentview.cpp" line="+48"/>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+244"/>
        <source>No document is open.</source>
        <translation>Chưa mở tài liệu nào.</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+71"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Find next</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find previous</source>
        <translation>Tìm ngược lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Đến trang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continuous</source>
        <translation>Cuộn liên tục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two pages</source>
        <translation>Hai trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two pages side by side (chosen automatically on a wide screen until you choose)</source>
        <translation>Hai trang cạnh nhau (tự động trên màn hình rộng cho đến khi bạn tự chọn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages and contents</source>
        <translation>Trang và mục lục</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presentation</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The password is not correct. Try again.</source>
        <translation>Mật khẩu không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is protected by a password.</source>
        <translation>%1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 (page %2)</source>
        <translation>%1 (trang %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::EnrolmentDialog</name>
    <message>
        <location filename="../../ui/session/enrolmentdialog.cpp" line="+104"/>
        <source>Ask to enrol this device</source>
        <translation>Gửi yêu cầu đăng ký thiết bị</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose the organisation&apos;s shared folder first (Meeting → Choose the shared folder).</source>
        <translation>Hãy chọn thư mục dùng chung của cơ quan trước (Cuộc họp → Chọn thư mục dùng chung).</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Comparison code</source>
        <translation>Mã đối chiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device fingerprint</source>
        <translation>Dấu vân tay thiết bị</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Enrol this device — PhòngHọp</source>
        <translation>Đăng ký thiết bị này — PhòngHọp</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>For instance: Tablet 3, meeting room</source>
        <translation>Ví dụ: Máy tính bảng 3, phòng họp</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of this device (so the secretary recognises it)</source>
        <translation>Tên thiết bị này (để thư ký nhận ra)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Pick your name in the list first.</source>
        <translation>Hãy chọn tên của mình trong danh sách trước.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pick your name in the organisation&apos;s directory. The secretary then approves this device for you, after comparing a code.</source>
        <translation>Chọn tên của mình trong danh bạ của cơ quan. Sau đó thư ký đối chiếu mã rồi duyệt thiết bị này cho bạn.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the organisation&apos;s directory…</source>
        <translation>Đang đọc danh bạ của cơ quan…</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Request sent for %1, device “%2”.</source>
        <translation>Đã gửi yêu cầu cho %1, thiết bị “%2”.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Request sent for %1.</source>
        <translation>Đã gửi yêu cầu cho %1.</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Search by name, position or unit</source>
        <translation>Tìm theo tên, chức vụ hoặc đơn vị</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Sending the request…</source>
        <translation>Đang gửi yêu cầu…</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Show this to the secretary</source>
        <translation>Hãy đưa màn hình này cho thư ký xem</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The organisation&apos;s directory cannot be read: %1</source>
        <translation>Không đọc được danh bạ của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The organisation&apos;s directory has nobody in it yet. Ask the secretary to add the organisation&apos;s people first.</source>
        <translation>Danh bạ của cơ quan chưa có ai. Hãy đề nghị thư ký thêm cán bộ của cơ quan trước.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The request could not be sent: %1</source>
        <translation>Không gửi được yêu cầu: %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>The secretary sees the same code and fingerprint in the workspace (Devices) and approves the request when they match. This device can vote once a meeting&apos;s roster lists it: the secretary updates the rosters after approving.</source>
        <translation>Thư ký thấy cùng mã và dấu vân tay này trong khu vực làm việc (Thiết bị) và duyệt khi chúng khớp. Thiết bị được biểu quyết khi danh sách đại biểu của cuộc họp có ghi nó: thư ký cập nhật danh sách sau khi duyệt.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This computer does not trust an organisation yet. Sync with the shared folder and confirm the organisation&apos;s fingerprint first.</source>
        <translation>Máy này chưa tin cậy cơ quan nào. Hãy đồng bộ với thư mục dùng chung và xác nhận dấu vân tay của cơ quan trước.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This device is enrolled for %1 (%2). A meeting&apos;s roster lists it once the secretary publishes or updates that meeting.</source>
        <translation>Thiết bị này đã được đăng ký cho %1 (%2). Danh sách đại biểu của một cuộc họp ghi thiết bị khi thư ký phát hành hoặc cập nhật cuộc họp đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was revoked for %1. It can no longer check in or vote. Ask the secretary if this is a mistake.</source>
        <translation>Thiết bị này đã bị thu hồi đối với %1. Thiết bị không còn điểm danh hay biểu quyết được. Hãy hỏi thư ký nếu có nhầm lẫn.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This device&apos;s key cannot be read or created in %1.</source>
        <translation>Không đọc hoặc tạo được khóa của thiết bị trong %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who uses this device?</source>
        <translation>Ai dùng thiết bị này?</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::EvictedDocument</name>
    <message>
        <location filename="../../ui/mainwindow/evicteddocument.cpp" line="+25"/>
        <source>&quot;%1&quot; belongs to a past meeting: its file was removed from this computer to save space. Your annotations and notes on it are kept.</source>
        <translation>&quot;%1&quot; thuộc một cuộc họp đã kết thúc: tệp đã được xóa khỏi máy tính này để tiết kiệm dung lượng. Phần đánh dấu và ghi chú của bạn trên tài liệu này vẫn được giữ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch it again from the shared folder?</source>
        <translation>Tải lại tài liệu từ thư mục dùng chung?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch again</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fetching &quot;%1&quot; from the shared folder…</source>
        <translation>Đang tải lại &quot;%1&quot; từ thư mục dùng chung…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::FindBar</name>
    <message>
        <location filename="../../ui/viewer/findbar.cpp" line="+26"/>
        <source>Find in document (diacritics optional)</source>
        <translation>Tìm trong tài liệu (không cần gõ dấu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close find bar (Esc)</source>
        <translation>Đóng thanh tìm kiếm (Esc)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::FirstRunWizard</name>
    <message>
        <location filename="../../ui/setup/firstrunwizard.cpp" line="+223"/>
        <source>An empty shared folder every seat can read and write</source>
        <translation>Một thư mục dùng chung còn trống mà mọi máy đều đọc và ghi được</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backup copy of the key (a second protected file)</source>
        <translation>Bản sao dự phòng của khóa (tệp thứ hai có mật khẩu)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose a passphrase of at least 10 characters; a short sentence works well.</source>
        <translation>Hãy chọn mật khẩu dài ít nhất 10 ký tự; một câu ngắn là tốt.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Choose an empty shared folder</source>
        <translation>Chọn một thư mục dùng chung còn trống</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Choose the shared folder</source>
        <translation>Chọn thư mục dùng chung</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choose the shared folder IT told you about (for instance \\server\phonghop or /mnt/phonghop). PhòngHọp reads the name of the organisation and its key fingerprint from it, and asks you to compare the fingerprint with the one IT gave you.</source>
        <translation>Chọn thư mục dùng chung mà bộ phận CNTT đã báo (ví dụ \\may-chu\phonghop hoặc /mnt/phonghop). PhòngHọp đọc tên cơ quan và dấu vân tay khóa từ đó, rồi đề nghị bạn so dấu vân tay với bản CNTT đã đưa.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Choose the shared folder first.</source>
        <translation>Hãy chọn thư mục dùng chung trước.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Choose the shared folder.</source>
        <translation>Hãy chọn thư mục dùng chung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where the backup copy goes (a USB stick, for instance).</source>
        <translation>Hãy chọn nơi lưu bản sao dự phòng (ví dụ một USB).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose where the key file goes.</source>
        <translation>Hãy chọn nơi lưu tệp khóa.</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+41"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Connected to %1</source>
        <translation>Đã kết nối với %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Creating the organisation&apos;s key and shared folder…</source>
        <translation>Đang tạo khóa và thư mục dùng chung của cơ quan…</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Done once, by IT or the secretariat. The organisation&apos;s key signs the agendas, the people directory and the rosters; whoever holds it can publish in the organisation&apos;s name. It stays on this computer, protected by a passphrase.</source>
        <translation>Chỉ làm một lần, do bộ phận CNTT hoặc văn phòng thực hiện. Khóa của cơ quan ký lịch họp, danh bạ và danh sách đại biểu; ai giữ khóa thì có thể phát hành nhân danh cơ quan. Khóa nằm trên máy này, được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For IT or the secretariat, once: creates the organisation&apos;s key and its shared folder in an empty folder.</source>
        <translation>Dành cho bộ phận CNTT hoặc văn phòng, làm một lần: tạo khóa của cơ quan và thư mục dùng chung trong một thư mục trống.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For delegates, the chair and the secretary: IT has told you where the folder is and given you the organisation&apos;s key fingerprint.</source>
        <translation>Dành cho đại biểu, chủ trì và thư ký: bộ phận CNTT đã cho bạn biết thư mục ở đâu và đưa bạn dấu vân tay khóa của cơ quan.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>For instance a file on a USB stick kept in a safe</source>
        <translation>Ví dụ một tệp trên USB cất trong tủ khóa</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>For instance: UBND xã Sơn Hà</source>
        <translation>Ví dụ: UBND xã Sơn Hà</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>How recovery works: the backup copy is the same key, protected by the same passphrase. If this computer breaks, install PhòngHọp on another one, copy the backup file there and open it with the passphrase: the fingerprint stays the same, so no seat has to be set up again. Keep the backup away from this computer and the passphrase in a sealed envelope. Without the key and its backup, a new organisation must be set up and every seat told its new fingerprint.</source>
        <translation>Cách khôi phục: bản sao dự phòng chính là khóa ấy, được bảo vệ bằng cùng mật khẩu. Nếu máy này hỏng, hãy cài PhòngHọp trên máy khác, chép tệp dự phòng sang đó và mở bằng mật khẩu: dấu vân tay không đổi nên không máy nào phải thiết lập lại. Cất bản dự phòng xa máy này và giữ mật khẩu trong phong bì dán kín. Nếu mất cả khóa lẫn bản dự phòng, phải thiết lập cơ quan mới và báo dấu vân tay mới cho mọi máy.</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+27"/>
        <source>Join an organisation&apos;s shared folder</source>
        <translation>Tham gia thư mục dùng chung của cơ quan</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Key file (on this computer)</source>
        <translation>Tệp khóa (trên máy này)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Tệp khóa (*.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Name of the organisation</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing was trusted. Compare the fingerprint with IT, then try again.</source>
        <translation>Chưa tin cậy gì cả. Hãy so dấu vân tay với bộ phận CNTT rồi thử lại.</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Passphrase of the key</source>
        <translation>Mật khẩu bảo vệ khóa</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Read the folder and continue</source>
        <translation>Đọc thư mục và tiếp tục</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Reading the shared folder…</source>
        <translation>Đang đọc thư mục dùng chung…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Set up</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+58"/>
        <source>Set up a new organisation</source>
        <translation>Thiết lập cơ quan mới</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+253"/>
        <source>Set up the organisation</source>
        <translation>Thiết lập cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up “%1” in %2?</source>
        <translation>Thiết lập “%1” trong %2?</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Shared folder (must be empty)</source>
        <translation>Thư mục dùng chung (phải trống)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start using PhòngHọp</source>
        <translation>Bắt đầu dùng PhòngHọp</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The backup copy could not be written: %1</source>
        <translation>Không ghi được bản sao dự phòng: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The backup copy must be another file than the key, best on another disk.</source>
        <translation>Bản sao dự phòng phải là tệp khác với tệp khóa, tốt nhất trên một ổ đĩa khác.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>The file %1 already exists. Choose another name: an existing key is never replaced.</source>
        <translation>Tệp %1 đã có. Hãy chọn tên khác: khóa đã có không bao giờ bị ghi đè.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>Không mở được thư mục %1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The folder %1 is empty: no organisation has been set up there yet. Ask IT for the right folder, or go back and choose “Set up a new organisation”.</source>
        <translation>Thư mục %1 còn trống: chưa có cơ quan nào được thiết lập ở đó. Hãy hỏi bộ phận CNTT thư mục đúng, hoặc quay lại và chọn “Thiết lập cơ quan mới”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is not a PhòngHọp shared folder. Ask IT for the right one.</source>
        <translation>Thư mục %1 không phải là thư mục dùng chung của PhòngHọp. Hãy hỏi bộ phận CNTT thư mục đúng.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The folder %1 is not empty. A new organisation needs an empty folder. If it already holds your organisation&apos;s shared folder, go back and choose “Join”.</source>
        <translation>Thư mục %1 không trống. Cơ quan mới cần một thư mục trống. Nếu đó đã là thư mục dùng chung của cơ quan bạn, hãy quay lại và chọn “Tham gia”.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The key fingerprint matches the one IT set for this computer. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</source>
        <translation>Dấu vân tay khóa khớp với dấu vân tay bộ phận CNTT đã cài cho máy này. Các cuộc họp sẽ đến từ thư mục dùng chung trong giây lát. Để tham gia biểu quyết, hãy đăng ký thiết bị này trong bảng điều hành phiên họp (“Đăng ký thiết bị này”).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The organisation&apos;s key is created now and saved in %1 and %2. The folder becomes the organisation&apos;s shared folder; this cannot be undone from the app.</source>
        <translation>Khóa của cơ quan được tạo ngay bây giờ và lưu trong %1 và %2. Thư mục sẽ trở thành thư mục dùng chung của cơ quan; không thể hoàn tác việc này từ ứng dụng.</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>The passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The shared folder</source>
        <translation>Thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+415"/>
        <source>The system configuration of this computer names another fingerprint (%1): ask IT to replace it with the new one, or this computer refuses the new folder.</source>
        <translation>Cấu hình hệ thống của máy này ghi một dấu vân tay khác (%1): hãy đề nghị bộ phận CNTT thay bằng dấu vân tay mới, nếu không máy này sẽ từ chối thư mục mới.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>This computer is not connected to a meeting room yet. Meetings arrive through your organisation&apos;s shared folder.</source>
        <translation>Máy này chưa được kết nối với phòng họp nào. Các cuộc họp đến qua thư mục dùng chung của cơ quan.</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>This computer now trusts the organisation with this key fingerprint. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</source>
        <translation>Từ giờ máy này tin cậy cơ quan có dấu vân tay khóa này. Các cuộc họp sẽ đến từ thư mục dùng chung trong giây lát. Để tham gia biểu quyết, hãy đăng ký thiết bị này trong bảng điều hành phiên họp (“Đăng ký thiết bị này”).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This folder belongs to “%1” with the key fingerprint %2, but IT has set this computer to trust only the fingerprint %3. Nothing was joined. Ask IT which folder is right.</source>
        <translation>Thư mục này thuộc “%1” với dấu vân tay khóa %2, nhưng bộ phận CNTT đã cài đặt máy này chỉ tin dấu vân tay %3. Chưa tham gia gì cả. Hãy hỏi bộ phận CNTT thư mục nào là đúng.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>This is the organisation&apos;s key fingerprint. Print it or write it down for IT: every seat compares it when it joins, and IT can put it in the system configuration. The key is in %1, its backup copy in %2: take the backup away from this computer now. Next: add the organisation&apos;s people in the secretary&apos;s workspace (People).</source>
        <translation>Đây là dấu vân tay khóa của cơ quan. Hãy in hoặc chép lại cho bộ phận CNTT: mọi máy so dấu vân tay này khi tham gia, và CNTT có thể ghi nó vào cấu hình hệ thống. Khóa nằm ở %1, bản dự phòng ở %2: hãy mang bản dự phòng ra khỏi máy này ngay. Tiếp theo: thêm cán bộ của cơ quan trong khu vực làm việc của thư ký (Danh bạ).</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Type the name of the organisation.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+37"/>
        <source>Welcome to PhòngHọp</source>
        <translation>Chào mừng đến với PhòngHọp</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Where to keep the backup copy of the key</source>
        <translation>Nơi lưu bản sao dự phòng của khóa</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where to keep the organisation&apos;s key</source>
        <translation>Nơi lưu khóa của cơ quan</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>You can also close this window and read a single PDF file, or choose the folder later from the Meeting menu.</source>
        <translation>Bạn cũng có thể đóng cửa sổ này để đọc một tệp PDF, hoặc chọn thư mục sau trong trình đơn Cuộc họp.</translation>
    </message>
    <message>
        <location line="+446"/>
        <source>“%1” is set up</source>
        <translation>Đã thiết lập “%1”</translation>
    </message>
    <message>
        <location line="-486"/>
        <source>‹ Back</source>
        <translation>‹ Quay lại</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MainMenus</name>
    <message>
        <location filename="../../ui/mainwindow/mainmenus.cpp" line="+16"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the shared &amp;folder…</source>
        <translation>Chọn &amp;thư mục dùng chung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cache and sync…</source>
        <translation>&amp;Bộ nhớ đệm và đồng bộ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next document</source>
        <translation>Tài liệu &amp;sau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous document</source>
        <translation>Tài liệu &amp;trước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Display</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the &amp;meetings</source>
        <translation>Đến danh sách &amp;cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;agenda</source>
        <translation>Đến &amp;chương trình họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;document</source>
        <translation>Đến &amp;tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session panel</source>
        <translation>Bảng điều hành &amp;phiên họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search all meetings</source>
        <translation>&amp;Tìm kiếm trong mọi cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PhòngHọp</source>
        <translation>&amp;Giới thiệu PhòngHọp</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="+67"/>
        <location line="+378"/>
        <source>PhòngHọp</source>
        <translation>PhòngHọp</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Consultations</source>
        <translation>Các đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consultations (%1)</source>
        <translation>Lấy ý kiến (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 to answer)</source>
        <translation>%1 (%2 cần trả lời)</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Annotations are unavailable: %1</source>
        <translation>Không dùng được ghi chú trên tài liệu: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>My annotations</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal notes</source>
        <translation>Ghi chú cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations and notes</source>
        <translation>Ghi chú trên tài liệu và ghi chú cá nhân</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Open a document of the meeting first</source>
        <translation>Hãy mở một tài liệu của cuộc họp trước</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Session</source>
        <translation>Phiên họp</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+39"/>
        <source>The local cache cannot be read: %1</source>
        <translation>Không đọc được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No meetings yet. Choose the shared folder of your office (Meeting → Choose the shared folder) to receive them.</source>
        <translation>Chưa có cuộc họp nào. Hãy chọn thư mục dùng chung của cơ quan (Cuộc họp → Chọn thư mục dùng chung) để nhận cuộc họp.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — PhòngHọp</source>
        <translation>%1 — PhòngHọp</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Your annotations could not be carried over to the new version: %1</source>
        <translation>Không chuyển được ghi chú của bạn sang phiên bản mới: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>This document has a new version. Your annotations were carried over; %n of them need your review (see My annotations).</source>
        <translation>
            <numerusform>Tài liệu này có phiên bản mới. Ghi chú của bạn đã được chuyển sang; %n ghi chú cần bạn xem lại (xem Ghi chú của tôi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose the shared folder of the meetings</source>
        <translation>Chọn thư mục dùng chung chứa các cuộc họp</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offline: %1. You keep working with the meetings already on this computer.</source>
        <translation>Ngoại tuyến: %1. Bạn vẫn làm việc được với các cuộc họp đã có trên máy này.</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>The organisation is confirmed. Reading the shared folder…</source>
        <translation>Đã xác nhận cơ quan. Đang đọc thư mục dùng chung…</translation>
    </message>
    <message>
        <location line="+448"/>
        <source>This computer does not trust the organisation of the shared folder yet, so nothing was read. Compare its fingerprint with the one IT gave you (Meeting → Confirm the organisation&apos;s fingerprint).</source>
        <translation>Máy này chưa tin cậy cơ quan của thư mục dùng chung nên chưa đọc gì cả. Hãy so dấu vân tay của cơ quan với bản bộ phận CNTT đã đưa (Cuộc họp → Xác nhận dấu vân tay của cơ quan).</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MeetingColumn</name>
    <message>
        <location filename="../../ui/mainwindow/meetingcolumn.cpp" line="+55"/>
        <location line="+5"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chair: %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MeetingForm</name>
    <message>
        <location filename="../../ui/secretary/meetingform.cpp" line="+23"/>
        <source>e.g. Regular meeting of December 2026</source>
        <translation>ví dụ: Phiên họp thường kỳ tháng 12 năm 2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regular meeting</source>
        <translation>Phiên họp thường kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic meeting</source>
        <translation>Phiên họp chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinary meeting</source>
        <translation>Phiên họp bất thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working session</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting&apos;s id in the shared folder: lower-case letters, digits and dashes</source>
        <translation>Mã cuộc họp trong thư mục dùng chung: chữ thường không dấu, chữ số và dấu gạch ngang</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open to &amp;all staff</source>
        <translation>Mở cho &amp;toàn thể cán bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Every seat of the organisation copies this meeting, not only its participants&apos; seats</source>
        <translation>Mọi máy của cơ quan đều sao chép cuộc họp này, không chỉ máy của người tham dự</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Phòng họp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host unit:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Người chủ trì:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting &amp;id:</source>
        <translation>&amp;Mã cuộc họp:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A meeting with a confidential document is never open to all staff: only its participants&apos; seats copy it</source>
        <translation>Cuộc họp có tài liệu mật không bao giờ được mở cho toàn thể cán bộ: chỉ máy của người tham dự mới sao chép cuộc họp này</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MeetingListModel</name>
    <message>
        <location filename="../../ui/mainwindow/meetinglistmodel.cpp" line="+43"/>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MessagePanel</name>
    <message>
        <location filename="../../ui/viewer/messagepanel.cpp" line="+31"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MinutesWidget</name>
    <message>
        <location filename="../../ui/session/minuteswidget.cpp" line="+30"/>
        <location line="+60"/>
        <location line="+122"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Generate minutes…</source>
        <translation>Lập biên bản…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and place…</source>
        <translation>Số và địa danh…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document numbers and the place printed in the minutes and the notice</source>
        <translation>Số văn bản và địa danh in trên biên bản và thông báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion notice…</source>
        <translation>Thông báo kết luận…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the notice of the chair&apos;s conclusions (Thông báo kết luận) as PDF</source>
        <translation>Xuất Thông báo kết luận của chủ tọa ra PDF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The chair signed the minutes on %1; they are locked (SHA-256 %2…).</source>
        <translation>Chủ trì đã ký biên bản lúc %1; biên bản đã được khóa (SHA-256 %2…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft minutes not generated yet.</source>
        <translation>Chưa lập dự thảo biên bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: %1</source>
        <translation>Dự thảo: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Number and place</source>
        <translation>Số và địa danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in this meeting&apos;s minutes and notice.</source>
        <translation>In trên biên bản và thông báo của cuộc họp này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in this meeting&apos;s minutes and notice; filled in from the last meeting.</source>
        <translation>In trên biên bản và thông báo của cuộc họp này; đã điền sẵn theo cuộc họp trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes number:</source>
        <translation>Số biên bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice number:</source>
        <translation>Số thông báo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+3"/>
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign the minutes %1? Once signed they are locked and cannot be changed.</source>
        <translation>Ký biên bản %1? Sau khi ký, biên bản bị khóa và không sửa được nữa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed minutes</source>
        <translation>Biên bản đã ký</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1</source>
        <translation>Không thay thế được %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes of %1</source>
        <translation>Biên bản %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OrganisationConfirmDialog</name>
    <message>
        <location filename="../../ui/setup/organisationconfirmdialog.cpp" line="+37"/>
        <source>(no name given)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All groups match — trust this organisation</source>
        <translation>Mọi nhóm đều khớp — tin cậy cơ quan này</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Compare every group with the fingerprint IT gave you (the printed sheet or their message). Confirm only when all of them match. If one group differs, cancel and call IT: the folder may not be your organisation&apos;s, and nothing from it will be shown.</source>
        <translation>So từng nhóm với dấu vân tay bộ phận CNTT đã đưa (bản in hoặc tin nhắn của họ). Chỉ xác nhận khi mọi nhóm đều khớp. Nếu có một nhóm khác, hãy hủy và gọi bộ phận CNTT: thư mục có thể không phải của cơ quan bạn, và sẽ không có gì từ đó được hiển thị.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Confirm the organisation — PhòngHọp</source>
        <translation>Xác nhận cơ quan — PhòngHọp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is this your organisation?</source>
        <translation>Đây có phải cơ quan của bạn?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Its key fingerprint:</source>
        <translation>Dấu vân tay khóa của cơ quan:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They differ — cancel</source>
        <translation>Không khớp — hủy</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This computer does not trust any organisation yet. The shared folder %1 says it belongs to:</source>
        <translation>Máy này chưa tin cậy cơ quan nào. Thư mục dùng chung %1 cho biết nó thuộc về:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This computer does not trust any organisation yet. The shared folder says it belongs to:</source>
        <translation>Máy này chưa tin cậy cơ quan nào. Thư mục dùng chung cho biết nó thuộc về:</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OriginalFileAction</name>
    <message>
        <location filename="../../ui/mainwindow/originalfileaction.cpp" line="+18"/>
        <source>Save the original file…</source>
        <translation>Tải bản gốc…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original file (%1)…</source>
        <translation>Tải bản gốc (%1)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the original file</source>
        <translation>Tải bản gốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original (*.%1);;All files (*)</source>
        <translation>Bản gốc (*.%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the original file…</source>
        <translation>Đang lưu bản gốc…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not saved: %1</source>
        <translation>Chưa lưu được bản gốc: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original file was saved as %1.</source>
        <translation>Đã lưu bản gốc thành %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OtherOpinionEditor</name>
    <message>
        <location filename="../../ui/session/otheropinioneditor.cpp" line="+31"/>
        <source>Write your opinion</source>
        <translation>Ghi ý kiến của bạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cast with this opinion</source>
        <translation>Gửi phiếu với ý kiến này</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot;: your opinion, kept with your ballot</source>
        <translation>&quot;%1&quot;: ý kiến của bạn, được lưu cùng phiếu</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Còn %n ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>Thừa %n ký tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PageView</name>
    <message>
        <location filename="../../ui/viewer/pageview.cpp" line="+380"/>
        <source>Loading page %1…</source>
        <translation>Đang tải trang %1…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ParticipantsEditor</name>
    <message>
        <location filename="../../ui/secretary/participantseditor.cpp" line="+28"/>
        <source>&amp;Add person</source>
        <translation>&amp;Thêm người</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Nhập từ CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file with the columns &quot;Họ và tên&quot;, &quot;Chức vụ&quot;, &quot;Vai trò&quot;, &quot;Trọng số&quot; (UTF-8 or Windows-1258)</source>
        <translation>Tệp CSV có các cột &quot;Họ và tên&quot;, &quot;Chức vụ&quot;, &quot;Vai trò&quot;, &quot;Trọng số&quot; (mã UTF-8 hoặc Windows-1258)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote weight</source>
        <translation>Trọng số phiếu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>— choose a role —</source>
        <translation>— chọn vai trò —</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Import people from CSV</source>
        <translation>Nhập danh sách từ CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported. %1</source>
        <translation>Chưa nhập được ai. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n people imported.</source>
        <translation>
            <numerusform>Đã nhập %n người.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PassphraseDialog</name>
    <message>
        <location filename="../../ui/setup/passphrasedialog.cpp" line="+74"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fair. A few more words make it strong.</source>
        <translation>Khá. Thêm vài từ nữa sẽ mạnh.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Open the key</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening the key…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Opening the organisation&apos;s key…</source>
        <translation>Đang mở khóa của cơ quan…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Organisation key — PhòngHọp</source>
        <translation>Khóa của cơ quan — PhòngHọp</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Passphrase of the organisation&apos;s key</source>
        <translation>Mật khẩu bảo vệ khóa của cơ quan</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>That passphrase is not the one of this key file. Check the keyboard language (Vietnamese input changes letters) and Caps Lock, then try again.</source>
        <translation>Mật khẩu này không phải của tệp khóa. Hãy kiểm tra bộ gõ (gõ tiếng Việt làm đổi chữ) và phím Caps Lock rồi thử lại.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The key file %1 is not protected by a passphrase. Make a protected copy (phonghop-cli org backup-key) and keep the old file out of reach.</source>
        <translation>Tệp khóa %1 không được bảo vệ bằng mật khẩu. Hãy tạo một bản có mật khẩu (phonghop-cli org backup-key) và cất tệp cũ ngoài tầm với.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The key file %1 is protected by a passphrase.</source>
        <translation>Tệp khóa %1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of %1 (file %2) is protected by a passphrase.</source>
        <translation>Khóa của %1 (tệp %2) được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The organisation&apos;s key file %1 cannot be used: %2</source>
        <translation>Không dùng được tệp khóa của cơ quan %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The organisation&apos;s key file %1 needs its passphrase (PHONGHOP_KEY_PASSPHRASE).</source>
        <translation>Tệp khóa của cơ quan %1 cần mật khẩu (PHONGHOP_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The passphrase in PHONGHOP_KEY_PASSPHRASE is not the one of this key file.</source>
        <translation>Mật khẩu trong PHONGHOP_KEY_PASSPHRASE không phải của tệp khóa này.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Too short: at least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Quá ngắn: cần ít nhất 10 ký tự. Một câu ngắn vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Type it to sign with the organisation&apos;s key on this computer.</source>
        <translation>Hãy nhập mật khẩu để ký bằng khóa của cơ quan trên máy này.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the passphrase first.</source>
        <translation>Hãy nhập mật khẩu trước.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Weak: longer is better, for instance four unrelated words.</source>
        <translation>Yếu: càng dài càng tốt, ví dụ bốn từ không liên quan đến nhau.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PastMeetingDialog</name>
    <message>
        <location filename="../../ui/secretary/pastmeetingdialog.cpp" line="+22"/>
        <source>Copy a past meeting</source>
        <translation>Sao chép từ cuộc họp trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revise a published meeting</source>
        <translation>Sửa cuộc họp đã phát hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new meeting gets its participants and agenda:</source>
        <translation>Cuộc họp mới nhận thành viên và chương trình họp của:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this meeting&apos;s latest revision to change and publish it again:</source>
        <translation>Mở phiên bản mới nhất của cuộc họp này để sửa và phát hành lại:</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PeoplePage</name>
    <message>
        <location filename="../../ui/secretary/peoplepage.cpp" line="+487"/>
        <source>%1 is retired.</source>
        <translation>%1 đã được cho nghỉ.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 stays in the directory for the record but is no longer offered for new meetings.</source>
        <translation>%1 vẫn được giữ trong danh bạ để lưu hồ sơ nhưng không còn được mời vào các cuộc họp mới.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 was added to the directory.</source>
        <translation>Đã thêm %1 vào danh bạ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-127"/>
        <source>%n people in the directory.</source>
        <translation>
            <numerusform>Danh bạ có %n người.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(unnamed device)</source>
        <translation>(thiết bị chưa đặt tên)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>A CSV file, or an Excel sheet saved as CSV, with the columns “Mã”, “Họ và tên”, “Chức vụ”, “Đơn vị”, “Vai trò”, “Trọng số”</source>
        <translation>Tệp CSV, hoặc bảng Excel lưu dạng CSV, có các cột “Mã”, “Họ và tên”, “Chức vụ”, “Đơn vị”, “Vai trò”, “Trọng số”</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Active</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Add a person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Import %n people from %1?</source>
        <translation>
            <numerusform>Nhập %n người từ %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+293"/>
        <source>Import a staff list</source>
        <translation>Nhập danh sách cán bộ</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Import a staff list…</source>
        <translation>Nhập danh sách cán bộ…</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Đã nhập: thêm %1, cập nhật %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Importing %n people…</source>
        <translation>
            <numerusform>Đang nhập %n người…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Meetings invite people from this directory. Each change is signed with the organisation&apos;s key and kept as a new revision on the shared folder.</source>
        <translation>Các cuộc họp mời người từ danh bạ này. Mỗi thay đổi được ký bằng khóa của cơ quan và lưu thành một phiên bản mới trên thư mục dùng chung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of the body: proxies</source>
        <translation>Quy chế của cơ quan: ủy quyền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy holder may vote for the member they represent</source>
        <translation>Người được ủy quyền được biểu quyết thay thành viên vắng mặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People&apos;s Committees and People&apos;s Councils: off (members vote in person). Some other bodies&apos; regulations allow it.</source>
        <translation>Ủy ban nhân dân và Hội đồng nhân dân: tắt (thành viên biểu quyết trực tiếp). Quy chế của một số cơ quan khác cho phép.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members represented by proxy count towards the quorum</source>
        <translation>Thành viên ủy quyền được tính vào số thành viên có mặt (tỷ lệ tối thiểu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rules</source>
        <translation>Lưu quy chế</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved in the directory and copied into the rosters of upcoming meetings.</source>
        <translation>Được lưu trong danh bạ và chép vào danh sách thành viên của các cuộc họp sắp tới.</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Saving the rules…</source>
        <translation>Đang lưu quy chế…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rules are saved (revision %1).</source>
        <translation>Đã lưu quy chế (phiên bản %1).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing was imported. %1</source>
        <translation>Chưa nhập gì. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: %1 lists nobody.</source>
        <translation>Chưa nhập gì: %1 không có ai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People already in the directory (same id, or same full name) are updated; nobody is removed.</source>
        <translation>Người đã có trong danh bạ (cùng mã, hoặc cùng họ tên) được cập nhật; không ai bị xóa.</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Reading the directory…</source>
        <translation>Đang đọc danh bạ…</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Retire</source>
        <translation>Cho nghỉ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Retire %1?</source>
        <translation>Cho %1 nghỉ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire a person</source>
        <translation>Cho một người nghỉ</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Retired</source>
        <translation>Đã nghỉ</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Retire…</source>
        <translation>Cho nghỉ…</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Retiring %1…</source>
        <translation>Đang cho %1 nghỉ…</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Show retired people</source>
        <translation>Hiện cả người đã nghỉ</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Staff lists (*.csv *.txt);;All files (*)</source>
        <translation>Danh sách cán bộ (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The directory cannot be read: %1</source>
        <translation>Không đọc được danh bạ: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The organisation&apos;s key file cannot be read: %1</source>
        <translation>Không đọc được tệp khóa của cơ quan: %1</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The organisation&apos;s people</source>
        <translation>Cán bộ của cơ quan</translation>
    </message>
    <message numerus="yes">
        <location line="+345"/>
        <source>Their %n enrolled device(s) stay enrolled until you revoke them on the Devices page.</source>
        <translation>
            <numerusform>%n thiết bị đã đăng ký của người này vẫn còn hiệu lực cho đến khi bạn thu hồi ở trang Thiết bị.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PersonDialog</name>
    <message>
        <location line="-266"/>
        <source>0: takes part without a vote</source>
        <translation>0: tham dự nhưng không biểu quyết</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For instance: Phó Chủ tịch UBND xã</source>
        <translation>Ví dụ: Phó Chủ tịch UBND xã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For instance: Văn phòng HĐND và UBND</source>
        <translation>Ví dụ: Văn phòng HĐND và UBND</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người này.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual role in meetings</source>
        <translation>Vai trò thường có trong cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote weight</source>
        <translation>Trọng số biểu quyết</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PersonalNotesEditor</name>
    <message>
        <location filename="../../ui/annotations/personalnoteseditor.cpp" line="+19"/>
        <source>Your personal notes — only you can see them.</source>
        <translation>Ghi chú cá nhân — chỉ mình bạn xem được.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Đang sửa…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personal notes on the meeting: %1</source>
        <translation>Ghi chú cá nhân về cuộc họp: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal notes on: %1</source>
        <translation>Ghi chú cá nhân về: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes could not be read.</source>
        <translation>Không đọc được ghi chú của bạn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollForm</name>
    <message>
        <location filename="../../ui/session/pollform.cpp" line="+21"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is put to the vote</source>
        <translation>Nội dung đưa ra biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve / disapprove / abstain</source>
        <translation>Tán thành / Không tán thành / Không biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Đồng ý / Không đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among options</source>
        <translation>Chọn trong các phương án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options separated by ;</source>
        <translation>Các phương án, phân cách bằng dấu ;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Phương án:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People&apos;s Committee</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s Council</source>
        <translation>Hội đồng nhân dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s Council, dismissal</source>
        <translation>Hội đồng nhân dân, miễn nhiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority of ballots cast</source>
        <translation>Quá nửa số phiếu đã bỏ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule:</source>
        <translation>Quy tắc:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the rule says</source>
        <translation>Theo quy tắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members entitled to vote</source>
        <translation>Tổng số thành viên có quyền biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members present</source>
        <translation>Số thành viên có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast, abstentions included</source>
        <translation>Số phiếu đã bỏ, kể cả không biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots for and against only (abstentions not counted)</source>
        <translation>Chỉ phiếu tán thành và không tán thành (không tính phiếu không biểu quyết)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted against:</source>
        <translation>Căn cứ tính:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the option &quot;Ý kiến khác&quot;</source>
        <translation>Thêm phương án &quot;Ý kiến khác&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters may choose it and write their opinion in words</source>
        <translation>Người biểu quyết có thể chọn phương án này và ghi ý kiến của mình bằng lời</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open poll</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close poll</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Give the poll a title</source>
        <translation>Hãy đặt tiêu đề cho biểu quyết</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollPrompt</name>
    <message>
        <location filename="../../ui/session/pollprompt.cpp" line="+30"/>
        <source>Vote now</source>
        <translation>Mời biểu quyết</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cast</source>
        <translation>Gửi phiếu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open for %1:%2</source>
        <translation>Đã mở %1:%2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollResultModel</name>
    <message>
        <location filename="../../ui/session/pollresultmodel.cpp" line="+9"/>
        <source>Option</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (elected)</source>
        <translation> (trúng cử)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollsWidget</name>
    <message>
        <location filename="../../ui/session/pollswidget.cpp" line="+81"/>
        <source>Export result CSV…</source>
        <translation>Xuất kết quả CSV…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>For %1 (by proxy)</source>
        <translation>Thay cho %1 (ủy quyền)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For myself</source>
        <translation>Cho chính tôi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[closed] </source>
        <translation>[đã kết thúc] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[open] </source>
        <translation>[đang mở] </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No poll is open</source>
        <translation>Không có biểu quyết nào đang mở</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (secret ballot)</source>
        <translation> (bỏ phiếu kín)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cast</source>
        <translation>Đã bỏ phiếu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open. %1 of %2 have voted.</source>
        <translation>Đang mở. %1 / %2 người đã biểu quyết.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your vote: %1 — you may change it until the poll is closed.</source>
        <translation>Lựa chọn của bạn: %1 — bạn có thể thay đổi cho đến khi biểu quyết kết thúc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Not voted yet: %1</source>
        <translation>Chưa biểu quyết: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everyone has voted.</source>
        <translation>Mọi người đã biểu quyết.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed.</source>
        <translation>Đã kết thúc.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other opinions:</source>
        <translation>Ý kiến khác:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b style=&quot;color:#1b5e20&quot;&gt;PASSED&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#1b5e20&quot;&gt;THÔNG QUA&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;NOT PASSED&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;KHÔNG THÔNG QUA&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: your last ballot is not counted in the chair&apos;s result.</source>
        <translation>Cảnh báo: phiếu gần nhất của bạn không được tính trong kết quả của chủ trì.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Close the poll</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Close the poll &quot;%1&quot;? No ballot is accepted after it is closed, and the result is signed and sent to every seat.</source>
        <translation>Kết thúc biểu quyết &quot;%1&quot;? Sau khi kết thúc, không nhận thêm phiếu nào; kết quả được ký và gửi tới mọi đại biểu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting has no prepared poll %1</source>
        <translation>Cuộc họp không có biểu quyết chuẩn bị sẵn %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prepared poll &quot;%1&quot; cannot be opened: %2</source>
        <translation>Không mở được biểu quyết chuẩn bị sẵn &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open the poll</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the poll &quot;%1&quot;? Every seat can vote as soon as it is open.
%2</source>
        <translation>Mở biểu quyết &quot;%1&quot;? Mọi đại biểu có thể biểu quyết ngay khi biểu quyết được mở.
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The poll is not closed yet</source>
        <translation>Biểu quyết chưa kết thúc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the result</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PreparedPollsBox</name>
    <message>
        <location filename="../../ui/session/preparedpolls.cpp" line="+21"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Now: %1</source>
        <translation>Đang họp: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (opened)</source>
        <translation>%1 (đã mở)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this prepared poll</source>
        <translation>Mở biểu quyết đã chuẩn bị sẵn này</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PreparedPollsEditor</name>
    <message>
        <location filename="../../ui/secretary/preparedpollseditor.cpp" line="+52"/>
        <source>e.g. Approve Submission No. 12/TTr-UBND</source>
        <translation>ví dụ: Thông qua Tờ trình số 12/TTr-UBND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve / Disapprove / Abstain</source>
        <translation>Tán thành / Không tán thành / Không biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / No</source>
        <translation>Có / Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among options (election)</source>
        <translation>Chọn trong các phương án (bầu cử)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One option per line</source>
        <translation>Mỗi dòng một phương án</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question:</source>
        <translation>Nội dung biểu quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Phương án:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most:</source>
        <translation>Chọn tối đa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule:</source>
        <translation>Quy tắc:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add poll</source>
        <translation>Thêm biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save poll</source>
        <translation>Lưu biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove poll</source>
        <translation>Xóa biểu quyết</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select an agenda item to prepare its polls</source>
        <translation>Chọn một nội dung chương trình để chuẩn bị biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polls prepared for %1</source>
        <translation>Biểu quyết chuẩn bị cho %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One candidate or option per line</source>
        <translation>Mỗi dòng một ứng cử viên hoặc phương án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for the usual words, or one per line in the same order</source>
        <translation>Để trống để dùng cách ghi thông thường, hoặc mỗi dòng một phương án theo đúng thứ tự</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the question delegates vote on.</source>
        <translation>Hãy ghi nội dung đại biểu biểu quyết.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This kind of poll has %n option(s); write that many lines or none.</source>
        <translation>
            <numerusform>Hình thức biểu quyết này có %n phương án; hãy ghi đủ từng ấy dòng hoặc để trống.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PresentationWidget</name>
    <message>
        <location filename="../../ui/viewer/presentationwidget.cpp" line="+18"/>
        <source>Presentation</source>
        <translation>Trình chiếu</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ReadingMode</name>
    <message>
        <location filename="../../ui/mainwindow/readingmode.cpp" line="+23"/>
        <source>Reading mode</source>
        <translation>Chế độ đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Phiên họp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading mode: the document alone, full width (F8)</source>
        <translation>Chế độ đọc: chỉ tài liệu, hết chiều rộng màn hình (F8)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meetings, the agenda and its documents</source>
        <translation>Các cuộc họp, chương trình họp và tài liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session panel: attendance, speakers, votes (F9)</source>
        <translation>Bảng phiên họp: điểm danh, phát biểu, biểu quyết (F9)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ReviewPage</name>
    <message>
        <location filename="../../ui/annotations/annotationreviewview.cpp" line="-461"/>
        <source>This version is protected by a password.</source>
        <translation>Phiên bản này được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Rendering…</source>
        <translation>Đang hiển thị…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="+98"/>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft decision</source>
        <translation>Dự thảo quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search documents, agendas and notes (accents optional)</source>
        <translation>Tìm trong tài liệu, chương trình họp và ghi chú (không cần gõ dấu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All meetings</source>
        <translation>Tất cả cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Sắp diễn ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 tháng qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All document types</source>
        <translation>Tất cả loại tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No results for “%1”.</source>
        <translation>Không có kết quả cho “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item %1</source>
        <translation>Nội dung %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My annotation — page %1</source>
        <translation>Ghi chú của tôi — trang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My annotation</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My notes on the meeting</source>
        <translation>Ghi chú cá nhân về cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Ghi chú cá nhân</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My notes — item %1</source>
        <translation>Ghi chú cá nhân — nội dung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conclusion — item %1</source>
        <translation>Kết luận — nội dung %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Indexing documents: %1 of %2</source>
        <translation>Đang lập chỉ mục tài liệu: %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search index…</source>
        <translation>Đang chuẩn bị chỉ mục tìm kiếm…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SeatActions</name>
    <message>
        <location filename="../../ui/mainwindow/seatactions.cpp" line="+24"/>
        <source>&amp;Confirm the organisation&apos;s fingerprint…</source>
        <translation>&amp;Xác nhận dấu vân tay của cơ quan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol this device…</source>
        <translation>Đăng &amp;ký thiết bị này…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the organisation&apos;s &amp;key file…</source>
        <translation>Dùng tệp &amp;khóa của cơ quan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s &amp;workspace…</source>
        <translation>Khu vực làm việc của &amp;thư ký…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates&apos; &amp;comments on this document…</source>
        <translation>Ý kiến của đại &amp;biểu về tài liệu này…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter this device&apos;s &amp;PIN…</source>
        <translation>Nhập &amp;mã PIN của thiết bị…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect this device with a &amp;PIN…</source>
        <translation>Bảo vệ thiết bị bằng &amp;mã PIN…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The organisation&apos;s key file</source>
        <translation>Tệp khóa của cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Tệp khóa (*.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be used as the organisation&apos;s key: %2</source>
        <translation>Không dùng được %1 làm khóa của cơ quan: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is the key of another organisation (fingerprint %2); this computer trusts %3.</source>
        <translation>%1 là khóa của một cơ quan khác (dấu vân tay %2); máy này tin cậy %3.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SecretaryWorkspace</name>
    <message>
        <location filename="../../ui/secretary/secretaryworkspace.cpp" line="+57"/>
        <source>Secretary&apos;s workspace — PhòngHọp</source>
        <translation>Khu vực làm việc của thư ký — PhòngHọp</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meetings in preparation</source>
        <translation>Cuộc họp đang chuẩn bị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New meeting</source>
        <translation>Cuộc họp &amp;mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a &amp;past meeting…</source>
        <translation>Sao chép từ cuộc họp &amp;trước…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revise a published meeting…</source>
        <translation>&amp;Sửa cuộc họp đã phát hành…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xóa bản nháp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Meeting</source>
        <translation>1. Cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Participants</source>
        <translation>2. Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Agenda and documents</source>
        <translation>3. Chương trình và tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Preview as a delegate</source>
        <translation>4. Xem trước như đại biểu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;heck</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish to all seats</source>
        <translation>&amp;Phát hành đến tất cả đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Consultations</source>
        <translation>Các đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Editing revision %1 of this meeting. Publishing makes revision %2.</source>
        <translation>Đang sửa phiên bản %1 của cuộc họp này. Phát hành sẽ tạo phiên bản %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting has not been published yet.</source>
        <translation>Cuộc họp này chưa được phát hành.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(untitled meeting)</source>
        <translation>(cuộc họp chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>· published, revision %1</source>
        <translation>· đã phát hành, phiên bản %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new meeting was prepared from “%1”: participants and agenda copied, documents not. Check the date and attach this meeting&apos;s documents.</source>
        <translation>Đã chuẩn bị cuộc họp mới từ “%1”: đã sao chép thành viên và chương trình, chưa sao chép tài liệu. Hãy kiểm tra ngày họp và đính kèm tài liệu của cuộc họp này.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No published meeting has been synced to this computer yet.</source>
        <translation>Chưa có cuộc họp đã phát hành nào được đồng bộ về máy này.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft “%1” from this computer? What was already published stays published.</source>
        <translation>Xóa bản nháp “%1” khỏi máy này? Những gì đã phát hành vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Checking the meeting and opening each document…</source>
        <translation>Đang kiểm tra cuộc họp và mở từng tài liệu…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem(s) must be fixed before publishing.</source>
        <translation>
            <numerusform>Cần sửa %n lỗi trước khi phát hành.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to publish.</source>
        <translation>Sẵn sàng phát hành.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The publishing key cannot be read (%1): %2</source>
        <translation>Không đọc được khóa phát hành (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the meeting…</source>
        <translation>Đang kiểm tra cuộc họp…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling… the share stays as it was.</source>
        <translation>Đang hủy… thư mục dùng chung giữ nguyên như trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting document %1 of %2 to PDF with LibreOffice: %3</source>
        <translation>Đang chuyển tài liệu %1/%2 sang PDF bằng LibreOffice: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storing document %1 of %2: %3 (%4)</source>
        <translation>Đang lưu tài liệu %1 / %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 Delegates receive it at their next sync.</source>
        <translation>%1 Các đại biểu sẽ nhận được ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else published this meeting</source>
        <translation>Người khác đã phát hành cuộc họp này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their revision could not be compared with yours.</source>
        <translation>Không so sánh được phiên bản của họ với phiên bản của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they changed:
• %1</source>
        <translation>Những thay đổi của họ:
• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish mine on top of theirs</source>
        <translation>Phát hành bản của tôi đè lên bản của họ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review first</source>
        <translation>Xem lại trước</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Not published: the organisation&apos;s key stays locked.</source>
        <translation>Chưa phát hành: khóa của cơ quan vẫn đang khóa.</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>People</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Publish to all seats</source>
        <translation>Phát hành tới mọi đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this meeting to every seat now? Delegates receive it at their next sync; a later change makes a new revision.</source>
        <translation>Phát hành cuộc họp này tới mọi đại biểu ngay bây giờ? Đại biểu nhận được ở lần đồng bộ tới; thay đổi sau đó sẽ tạo một lần sửa mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Phát hành</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SessionHeader</name>
    <message>
        <location filename="../../ui/session/sessionheader.cpp" line="+30"/>
        <source>Enrol this device</source>
        <translation>Đăng ký thiết bị này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick who you are from the organisation&apos;s directory and ask the secretary to approve this device</source>
        <translation>Chọn mình là ai trong danh bạ của cơ quan và đề nghị thư ký duyệt thiết bị này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo only: act as another participant of the demo meeting</source>
        <translation>Chỉ dùng để trình diễn: đóng vai một thành viên khác của cuộc họp mẫu</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Waiting for the meeting roster from the share…</source>
        <translation>Đang chờ danh sách thành viên của cuộc họp từ thư mục dùng chung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is not enrolled in the roster yet (key %1). Ask the secretary.</source>
        <translation>Thiết bị này chưa được đăng ký trong danh sách thành viên (khóa %1). Vui lòng liên hệ thư ký.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not delivered yet: %n record(s) wait to be sent to the shared folder.</source>
        <translation>
            <numerusform>Chưa gửi được: %n bản ghi đang chờ gửi vào thư mục dùng chung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This device&apos;s own key</source>
        <translation>Khóa của chính thiết bị này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act as %1</source>
        <translation>Đóng vai %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder cannot be reached. The session is shown as read at %1; what you do here is kept and delivered when the folder is back.</source>
        <translation>Không truy cập được thư mục dùng chung. Phiên họp đang hiển thị theo lần đọc lúc %1; thao tác của bạn được lưu lại và gửi lên khi thư mục truy cập lại được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared folder cannot be reached. What you do here is kept and delivered when the folder is back.</source>
        <translation>Không truy cập được thư mục dùng chung. Thao tác của bạn được lưu lại và gửi lên khi thư mục truy cập lại được.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session has not started an agenda item yet</source>
        <translation>Phiên họp chưa bắt đầu nội dung nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1</source>
        <translation>Đang họp: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 of %2 · %3 handled</source>
        <translation>Nội dung %1/%2 · đã xử lý %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/sessiontaskwidget.cpp" line="+101"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Còn %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Quá giờ %n phút</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SessionPanel</name>
    <message>
        <location filename="../../ui/session/sessionpanel.cpp" line="+42"/>
        <source>Roll call</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Nhật ký lưu vết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SetupWidgets</name>
    <message>
        <location filename="../../ui/setup/setupwidgets.cpp" line="+97"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SignaturesBar</name>
    <message>
        <location filename="../../ui/viewer/signaturesbar.cpp" line="+98"/>
        <source>an unknown time</source>
        <translation>thời điểm không rõ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Signed by %2 on %3: %4</source>
        <translation>%1 Ký bởi %2 lúc %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>người ký không rõ</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SigningDialog</name>
    <message>
        <location filename="../../ui/session/signingdialog.cpp" line="+22"/>
        <source>Sign with a certificate — PhòngHọp</source>
        <translation>Ký bằng chứng thư số — PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token PIN:</source>
        <translation>Mã PIN thiết bị ký số:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show certificates</source>
        <translation>Hiện chứng thư số</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Tổ chức cấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock without a PDF signature</source>
        <translation>Khóa không ký số PDF</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No token is present: plug in the token, then look again.</source>
        <translation>Không có thiết bị ký số nào: hãy cắm thiết bị rồi tìm lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens: %1</source>
        <translation>Thiết bị ký số: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not valid now)</source>
        <translation>%1 (hiện không còn hiệu lực)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate that can sign was found. Is the PIN right, and the token plugged in?</source>
        <translation>Không tìm thấy chứng thư số nào có thể ký. Mã PIN đúng chưa, thiết bị ký số đã được cắm chưa?</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SpeakerQueueModel</name>
    <message>
        <location filename="../../ui/session/speakerqueuemodel.cpp" line="+9"/>
        <source>Questions</source>
        <translation>Chất vấn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SpeakersWidget</name>
    <message>
        <location filename="../../ui/session/speakerswidget.cpp" line="+32"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make current</source>
        <translation>Chuyển sang nội dung này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call next</source>
        <translation>Mời người tiếp theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation>Bắt đầu tính giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop time</source>
        <translation>Dừng tính giờ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+300"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="-298"/>
        <location line="+150"/>
        <source>Close the list</source>
        <translation>Khóa danh sách</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Speaking time per speaker:</source>
        <translation>Thời gian phát biểu mỗi người:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this item</source>
        <translation>Cho nội dung này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the meeting</source>
        <translation>Cho cả phiên họp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broadcast my page to every seat</source>
        <translation>Chia sẻ trang đang xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every seat follows the page I am reading</source>
        <translation>Mọi chỗ ngồi xem theo trang tôi đang đọc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Topic (optional)</source>
        <translation>Nội dung phát biểu (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a question</source>
        <translation>Đặt câu hỏi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw my request</source>
        <translation>Rút đăng ký</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to speak:</source>
        <translation>Đang chờ phát biểu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to ask a question:</source>
        <translation>Đang chờ chất vấn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the presenter</source>
        <translation>Theo người trình bày</translation>
    </message>
    <message>
        <location line="+57"/>
        <source> — finished</source>
        <translation> — đã xong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has the floor (%2)%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; đang phát biểu (%2)%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>question</source>
        <translation>câu hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has the floor%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; đang phát biểu%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody has the floor</source>
        <translation>Không có ai đang phát biểu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chair has closed the speakers&apos; list of this item.</source>
        <translation>Chủ tọa đã khóa danh sách phát biểu của nội dung này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the list</source>
        <translation>Mở lại danh sách</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time spoken</source>
        <translation>Thời gian đã phát biểu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Over the speaking time of %1</source>
        <translation>Quá thời gian phát biểu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left of %1</source>
        <translation>Thời gian còn lại trên %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You have no request waiting on this item</source>
        <translation>Bạn không có lượt đăng ký nào đang chờ ở nội dung này</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No agenda item is current</source>
        <translation>Chưa có nội dung nào đang thảo luận</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Choose a request in the list first</source>
        <translation>Hãy chọn một lượt đăng ký trong danh sách trước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from the list</source>
        <translation>Xóa khỏi danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1&apos;s request off the speakers&apos; list?</source>
        <translation>Xóa lượt đăng ký của %1 khỏi danh sách phát biểu?</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::StandaloneViewerWindow</name>
    <message>
        <location filename="../../ui/viewer/standaloneviewerwindow.cpp" line="+43"/>
        <source>PhòngHọp</source>
        <translation>PhòngHọp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>%1 – PhòngHọp</source>
        <translation>%1 – PhòngHọp</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::StartupOptions</name>
    <message>
        <location filename="../../ui/mainwindow/startupoptions.cpp" line="+23"/>
        <source>%1 needs a value</source>
        <translation>%1 cần có giá trị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown option %1</source>
        <translation>Tùy chọn không xác định %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one file can be opened at a time</source>
        <translation>Mỗi lần chỉ mở được một tệp</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::StatisticsPage</name>
    <message>
        <location filename="../../ui/stats/statisticspage.cpp" line="+48"/>
        <source>Attendance</source>
        <translation>Tình hình tham dự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By agenda item</source>
        <translation>Theo nội dung chương trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document kinds</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Các đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Period from</source>
        <translation>Thời gian từ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a period and a unit, then Show.</source>
        <translation>Chọn khoảng thời gian và đơn vị, rồi bấm Xem.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Computing the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancelled. The figures shown are those this seat&apos;s cache held.</source>
        <translation>Đã hủy. Số liệu đang hiển thị là số liệu có trong bộ nhớ đệm của máy này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the sessions&apos; records from the share: the figures may still change…</source>
        <translation>Đang đọc hồ sơ phiên họp từ thư mục dùng chung: số liệu có thể còn thay đổi…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Consultation answer rates are not available on this seat: no consultation has been read into its cache.</source>
        <translation>Máy này chưa có tỷ lệ trả lời lấy ý kiến: chưa có đợt lấy ý kiến nào được đọc vào bộ nhớ đệm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all units</source>
        <translation>tất cả các đơn vị</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting(s) %1, %2.</source>
        <translation>
            <numerusform>%n cuộc họp %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The share could not be reached: the sessions are counted as this seat last read them.</source>
        <translation>Không truy cập được thư mục dùng chung: các phiên họp được tính theo lần đọc gần nhất của máy này.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n meeting(s) could not be read again from the share; their figures are as this seat last read them: %1</source>
        <translation>
            <numerusform>%n cuộc họp không đọc lại được từ thư mục dùng chung; số liệu của các cuộc họp này theo lần đọc gần nhất của máy này: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Session records of %n meeting(s) read from the share now.</source>
        <translation>
            <numerusform>Vừa đọc hồ sơ phiên họp của %n cuộc họp từ thư mục dùng chung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No share is set on this seat: the sessions are counted as this seat last read them.</source>
        <translation>Máy này chưa đặt thư mục dùng chung: các phiên họp được tính theo lần đọc gần nhất của máy này.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No session record for %n meeting(s): their attendance, speeches and polls are not in these figures.</source>
        <translation>
            <numerusform>Không có hồ sơ phiên họp của %n cuộc họp: tình hình tham dự, phát biểu và biểu quyết của các cuộc họp này không có trong số liệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>và %n mục khác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export the statistics as PDF</source>
        <translation>Xuất thống kê ra PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the statistics as CSV</source>
        <translation>Xuất thống kê ra CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SyncStatusBar</name>
    <message>
        <location filename="../../ui/mainwindow/syncstatusbar.cpp" line="+39"/>
        <source>Choose the shared folder</source>
        <translation>Chọn thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No shared folder chosen</source>
        <translation>Chưa chọn thư mục dùng chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share: %1</source>
        <translation>Thư mục dùng chung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;●&lt;/span&gt; Online</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;●&lt;/span&gt; Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; &lt;b&gt;Offline&lt;/b&gt; — working from the local copy</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; &lt;b&gt;Ngoại tuyến&lt;/b&gt; — đang làm việc với bản lưu trên máy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documents %1 of %2</source>
        <translation>Tài liệu %1 / %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::TouchStyle</name>
    <message>
        <location filename="../../ui/style/touchstyle.cpp" line="+185"/>
        <source>Detach</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+1"/>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ViewerToolBar</name>
    <message>
        <location filename="../../ui/viewer/viewertoolbar.cpp" line="+33"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to page (Ctrl+G)</source>
        <translation>Đến trang (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
</TS>
