<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../meeting_core/util/atomicfile.cpp" line="+121"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is full: %1 needed in %2, %3 free</source>
        <translation>The disk is full: %1 needed in %2, %3 free</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../meeting_core/store/auditlog.cpp" line="+113"/>
        <source>The audit log was altered at entry %1</source>
        <translation>The audit log was altered at entry %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../meeting_core/store/database.cpp" line="+139"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../meeting_core/store/migrations.cpp" line="+24"/>
        <source>%1 was written by a newer PhòngHọp (schema %2, this version knows %3). Please update PhòngHọp.</source>
        <translation>%1 was written by a newer PhòngHọp (schema %2, this version knows %3). Please update PhòngHọp.</translation>
    </message>
</context>
<context>
    <name>MeetingCache</name>
    <message>
        <location filename="../../meeting_core/store/meetingcache.cpp" line="+189"/>
        <source>Cannot create the cache folder %1</source>
        <translation>Cannot create the cache folder %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local cache in %1 is damaged (%2).</source>
        <translation>The local cache in %1 is damaged (%2).</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>A confidential document could not be deleted from the cache: %1</source>
        <translation>A confidential document could not be deleted from the cache: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The original file of this document is not in the cache yet: sync, then try again.</source>
        <translation>The original file of this document is not in the cache yet: sync, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cached original cannot be read: %1</source>
        <translation>The cached original cannot be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cached original is damaged (its checksum does not match); sync again.</source>
        <translation>The cached original is damaged (its checksum does not match); sync again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../meeting_core/domain/meeting.cpp" line="+39"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../meeting_core/trust/signingkey.cpp" line="+51"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a PhòngHọp key file</source>
        <translation>%1 is not a PhòngHọp key file</translation>
    </message>
</context>
<context>
    <name>phonghop::Annotation</name>
    <message>
        <location filename="../../meeting_core/annotations/annotation.cpp" line="+59"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strike-out</source>
        <translation>Strike-out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ink</source>
        <translation>Ink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text box</source>
        <translation>Text box</translation>
    </message>
</context>
<context>
    <name>phonghop::AnnotationExport</name>
    <message>
        <location filename="../../meeting_core/pdf/annotationexport.cpp" line="+140"/>
        <location line="+35"/>
        <source>The document %1 could not be opened.</source>
        <translation>The document %1 could not be opened.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The annotated copy could not be produced.</source>
        <translation>The annotated copy could not be produced.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotated copy could not be saved to %1: %2</source>
        <translation>The annotated copy could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::AnnotationSession</name>
    <message>
        <location filename="../../meeting_core/annotations/annotationsession.cpp" line="+65"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Place annotation</source>
        <translation>Place annotation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full: the annotation was not saved.</source>
        <translation>The disk is full: the annotation was not saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation was not saved: %1</source>
        <translation>The annotation was not saved: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The annotation was not deleted: %1</source>
        <translation>The annotation was not deleted: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::AppSettings</name>
    <message>
        <location filename="../../meeting_core/settings/appsettings.cpp" line="+42"/>
        <source>“%1” is not a key fingerprint (32 hexadecimal digits)</source>
        <translation>“%1” is not a key fingerprint (32 hexadecimal digits)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a supported language (%2)</source>
        <translation>“%1” is not a supported language (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a sync scope (own, all)</source>
        <translation>“%1” is not a sync scope (own, all)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number of days (0 to %2; 0: never evict)</source>
        <translation>“%1” is not a number of days (0 to %2; 0: never evict)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The system settings file %1 cannot be read</source>
        <translation>The system settings file %1 cannot be read</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system settings file %1 is not a valid INI file</source>
        <translation>The system settings file %1 is not a valid INI file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system settings lock an unknown setting “%1”</source>
        <translation>The system settings lock an unknown setting “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System settings, %1: %2</source>
        <translation>System settings, %1: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This setting is managed by your administrator</source>
        <translation>This setting is managed by your administrator</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your settings, %1: %2</source>
        <translation>Your settings, %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your settings could not be saved to %1</source>
        <translation>Your settings could not be saved to %1</translation>
    </message>
</context>
<context>
    <name>phonghop::BallotBox</name>
    <message>
        <location filename="../../meeting_core/voting/ballotbox.cpp" line="+107"/>
        <source>Signed by key %1, which the roster does not list</source>
        <translation>Signed by key %1, which the roster does not list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A ballot of %1&apos;s device %2 was found in the folder of device %3</source>
        <translation>A ballot of %1&apos;s device %2 was found in the folder of device %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ballot misses required fields</source>
        <translation>The ballot misses required fields</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ballot belongs to another poll (%1) and cannot be counted in this one</source>
        <translation>The ballot belongs to another poll (%1) and cannot be counted in this one</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ballot is signed by %1&apos;s device but names voter &quot;%2&quot;</source>
        <translation>The ballot is signed by %1&apos;s device but names voter &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rules of this body do not let a proxy holder vote: %1&apos;s ballot for %2 is not counted</source>
        <translation>The rules of this body do not let a proxy holder vote: %1&apos;s ballot for %2 is not counted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold %2&apos;s proxy, so the ballot cast for them is not counted</source>
        <translation>%1 does not hold %2&apos;s proxy, so the ballot cast for them is not counted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A revoked device wrote this ballot: %1&apos;s device %2 (%3) is no longer in the roster, so its ballots do not count</source>
        <translation>A revoked device wrote this ballot: %1&apos;s device %2 (%3) is no longer in the roster, so its ballots do not count</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes part without a vote</source>
        <translation>%1 takes part without a vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s ballot was cast at %2, after the poll closed at %3</source>
        <translation>%1&apos;s ballot was cast at %2, after the poll closed at %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of a ballot already read; it is counted once</source>
        <translation>A copy of a ballot already read; it is counted once</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A ballot of a secret poll must carry sealed choices only</source>
        <translation>A ballot of a secret poll must carry sealed choices only</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&apos;s secret ballot cannot be opened with the chair&apos;s key</source>
        <translation>%1&apos;s secret ballot cannot be opened with the chair&apos;s key</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The ballot&apos;s choices are unreadable</source>
        <translation>The ballot&apos;s choices are unreadable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s ballot is invalid: %2</source>
        <translation>%1&apos;s ballot is invalid: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Two ballots of %1 carry sequence number %2 (devices %3 and %4); the one cast later counts</source>
        <translation>Two ballots of %1 carry sequence number %2 (devices %3 and %4); the one cast later counts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced by %1&apos;s later ballot (sequence %2 from device %3)</source>
        <translation>Replaced by %1&apos;s later ballot (sequence %2 from device %3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Poll &quot;%1&quot; is secret: its ballots are sealed to the chair&apos;s device that opened it (%2), and only that device can open and count them. Close it from that device.</source>
        <translation>Poll &quot;%1&quot; is secret: its ballots are sealed to the chair&apos;s device that opened it (%2), and only that device can open and count them. Close it from that device.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair&apos;s key can close a poll</source>
        <translation>Only the chair&apos;s key can close a poll</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A secret ballot was not opened with the chair&apos;s key</source>
        <translation>A secret ballot was not opened with the chair&apos;s key</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The poll result could not be confirmed: %1</source>
        <translation>The poll result could not be confirmed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result is signed by the chair and the recount matches.</source>
        <translation>The result is signed by the chair and the recount matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your ballot was counted as you cast it.</source>
        <translation>Your ballot was counted as you cast it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close record is unreadable: %1</source>
        <translation>The close record is unreadable: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The close record is not signed by the chair named in the roster.</source>
        <translation>The close record is not signed by the chair named in the roster.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close record belongs to another poll.</source>
        <translation>The close record belongs to another poll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The close of this secret poll is signed by another of the chair&apos;s devices than the one that opened it, which cannot open its sealed ballots.</source>
        <translation>The close of this secret poll is signed by another of the chair&apos;s devices than the one that opened it, which cannot open its sealed ballots.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The close record&apos;s list of counted ballots is inconsistent.</source>
        <translation>The close record&apos;s list of counted ballots is inconsistent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recounting the ballots gives a different result than the chair&apos;s.</source>
        <translation>Recounting the ballots gives a different result than the chair&apos;s.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your ballot is not counted as you cast it.</source>
        <translation>Your ballot is not counted as you cast it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The close counts ballot %1, which is not a valid ballot of this poll among the files on the share</source>
        <translation>The close counts ballot %1, which is not a valid ballot of this poll among the files on the share</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The close counts more than one ballot of %1</source>
        <translation>The close counts more than one ballot of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The close&apos;s entries carry other vote weights than the roster gives the voters whose ballots it counts</source>
        <translation>The close&apos;s entries carry other vote weights than the roster gives the voters whose ballots it counts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The close counts %1&apos;s ballot with choices other than the ballot&apos;s</source>
        <translation>The close counts %1&apos;s ballot with choices other than the ballot&apos;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s ballot, cast at %2 before the close, is not counted (it may have reached the chair only after the close)</source>
        <translation>%1&apos;s ballot, cast at %2 before the close, is not counted (it may have reached the chair only after the close)</translation>
    </message>
    <message>
        <location filename="../../meeting_core/voting/ballotexport.cpp" line="+49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by proxy, %2): %3</source>
        <translation>%1 (by proxy, %2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitled</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Voter</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Other opinion</source>
        <translation>Other opinion</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cast by proxy holder</source>
        <translation>Cast by proxy holder</translation>
    </message>
    <message>
        <location filename="../../meeting_core/voting/ballotbox.cpp" line="-89"/>
        <source>The close counts your ballot with a vote weight of %1 instead of your %2.</source>
        <translation>The close counts your ballot with a vote weight of %1 instead of your %2.</translation>
    </message>
</context>
<context>
    <name>phonghop::BoundedFile</name>
    <message>
        <location filename="../../meeting_core/util/boundedfile.cpp" line="+137"/>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a symbolic link, which PhòngHọp never follows in the shared folder</source>
        <translation>it is a symbolic link, which PhòngHọp never follows in the shared folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a plain file (a named pipe, a device or a folder)</source>
        <translation>it is not a plain file (a named pipe, a device or a folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than the %1 allowed for a file of its kind</source>
        <translation>it is larger than the %1 allowed for a file of its kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
</context>
<context>
    <name>phonghop::BuildInfo</name>
    <message>
        <location filename="../../meeting_core/settings/buildinfo.cpp" line="+23"/>
        <source> (built against %1)</source>
        <translation> (built against %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Build date: %1</source>
        <translation>Build date: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::CacheRetention</name>
    <message>
        <location filename="../../meeting_core/store/cacheretention.cpp" line="+281"/>
        <source>A document could not be deleted from the cache: %1</source>
        <translation>A document could not be deleted from the cache: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::CarryOver</name>
    <message>
        <location filename="../../meeting_core/annotations/carryover.cpp" line="+80"/>
        <source>The marked text is not in the new version.</source>
        <translation>The marked text is not in the new version.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The marked text occurs several times in the new version.</source>
        <translation>The marked text occurs several times in the new version.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The marking has no text to follow.</source>
        <translation>The marking has no text to follow.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The marked text has no position in the new version.</source>
        <translation>The marked text has no position in the new version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its page is not in the old version&apos;s text.</source>
        <translation>Its page is not in the old version&apos;s text.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>Its page has no text to follow.</source>
        <translation>Its page has no text to follow.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text next to it changed in the new version.</source>
        <translation>The text next to it changed in the new version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text next to it occurs several times in the new version.</source>
        <translation>The text next to it occurs several times in the new version.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text next to it has no position in the new version.</source>
        <translation>The text next to it has no position in the new version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It would fall off its page in the new version.</source>
        <translation>It would fall off its page in the new version.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The annotations could not be carried over: %1</source>
        <translation>The annotations could not be carried over: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ConclusionNotice</name>
    <message>
        <location filename="../../meeting_core/session/conclusionnotice.cpp" line="+135"/>
        <source>The decision record holds no conclusion yet: there is nothing to notify</source>
        <translation>The decision record holds no conclusion yet: there is nothing to notify</translation>
    </message>
</context>
<context>
    <name>phonghop::Consultation</name>
    <message>
        <location filename="../../meeting_core/consult/consultation.cpp" line="+107"/>
        <source>A document has no id or no title</source>
        <translation>A document has no id or no title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 has no valid sha256 or size</source>
        <translation>Document %1 has no valid sha256 or size</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document %1 has no valid original sha256 or size</source>
        <translation>Document %1 has no valid original sha256 or size</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The confidential document %1 has no valid plainSha256 or plainSize</source>
        <translation>The confidential document %1 has no valid plainSha256 or plainSize</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The confidential document %1 has a recipient that is not a person&apos;s device with its sealed key, or a device twice</source>
        <translation>The confidential document %1 has a recipient that is not a person&apos;s device with its sealed key, or a device twice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A consultation question cannot be secret</source>
        <translation>A consultation question cannot be secret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question %1 has no text</source>
        <translation>Question %1 has no text</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The comment is %1 characters long; at most %2 are allowed</source>
        <translation>The comment is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comment contains a control character</source>
        <translation>The comment contains a control character</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&quot;%1&quot; is not a valid consultation id (lower-case letters, digits and &apos;-&apos;, at most 64)</source>
        <translation>&quot;%1&quot; is not a valid consultation id (lower-case letters, digits and &apos;-&apos;, at most 64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consultation has no title</source>
        <translation>The consultation has no title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation has no issuing body</source>
        <translation>The consultation has no issuing body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation has no valid deadline</source>
        <translation>The consultation has no valid deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation consults nobody</source>
        <translation>The consultation consults nobody</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member &quot;%1&quot; is empty or listed twice</source>
        <translation>Member &quot;%1&quot; is empty or listed twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chair %1 is not among the members</source>
        <translation>The chair %1 is not among the members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation asks no question</source>
        <translation>The consultation asks no question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question id &quot;%1&quot; is empty or repeated</source>
        <translation>Question id &quot;%1&quot; is empty or repeated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document id &quot;%1&quot; is empty or repeated</source>
        <translation>Document id &quot;%1&quot; is empty or repeated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confidential document %1 is sealed to %2, who is not a member</source>
        <translation>The confidential document %1 is sealed to %2, who is not a member</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not a consultation (format &quot;%1&quot;)</source>
        <translation>Not a consultation (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation format version %1 is not known to this version</source>
        <translation>Consultation format version %1 is not known to this version</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The consultation has no revision number</source>
        <translation>The consultation has no revision number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: the JSON stops or is broken there (%2); no field after it could be read</source>
        <translation>line %1: the JSON stops or is broken there (%2); no field after it could be read</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line 1: the file is not a JSON object</source>
        <translation>line 1: the file is not a JSON object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1, field &quot;%2&quot;: %3</source>
        <translation>line %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a text that is not empty</source>
        <translation>must be a text that is not empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1</source>
        <translation>must be 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits and &apos;-&apos;, at most 64)</source>
        <translation>&quot;%1&quot; is not a valid id (lower-case letters, digits and &apos;-&apos;, at most 64)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time with an offset (2026-12-20T17:00:00+07:00)</source>
        <translation>&quot;%1&quot; is not an ISO 8601 date and time with an offset (2026-12-20T17:00:00+07:00)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must list the person ids consulted</source>
        <translation>must list the person ids consulted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a person id</source>
        <translation>must be a person id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not among the members</source>
        <translation>%1 is not among the members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must list at least one question</source>
        <translation>must list at least one question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing (a preset such as &quot;uy-ban-nhan-dan&quot;, or a rule object)</source>
        <translation>missing (a preset such as &quot;uy-ban-nhan-dan&quot;, or a rule object)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a kind: use approval, yes-no or choice</source>
        <translation>&quot;%1&quot; is not a kind: use approval, yes-no or choice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a preset name or a rule object</source>
        <translation>must be a preset name or a rule object</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>question %1 is listed twice</source>
        <translation>question %1 is listed twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>document %1 is listed twice</source>
        <translation>document %1 is listed twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file: %1</source>
        <translation>no such file: %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/consult/consultationrecords.cpp" line="+94"/>
        <source>the answer has no choice</source>
        <translation>the answer has no choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer&apos;s choices are not option numbers</source>
        <translation>the answer&apos;s choices are not option numbers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer lacks its consultation, revision, question, person, sequence or time</source>
        <translation>the answer lacks its consultation, revision, question, person, sequence or time</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Question %1 has no option &quot;%2&quot;; choose among its options</source>
        <translation>Question %1 has no option &quot;%2&quot;; choose among its options</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consultation %1 has no question %2</source>
        <translation>Consultation %1 has no question %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not among the members consulted in %2</source>
        <translation>%1 is not among the members consulted in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline of &quot;%1&quot; passed at %2: answers are no longer accepted</source>
        <translation>The deadline of &quot;%1&quot; passed at %2: answers are no longer accepted</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>signed by device %1, not by the device whose folder it is in</source>
        <translation>signed by device %1, not by the device whose folder it is in</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>signed by device %1, which the people directory does not list</source>
        <translation>signed by device %1, which the people directory does not list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by device %1 of %2, which has been revoked</source>
        <translation>signed by device %1 of %2, which has been revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by a device of %1, who is not among the members consulted</source>
        <translation>signed by a device of %1, who is not among the members consulted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by a device of %1 but answering as %2</source>
        <translation>signed by a device of %1 but answering as %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an answer to consultation %1, not %2</source>
        <translation>an answer to consultation %1, not %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an answer to revision %1; the current revision is %2</source>
        <translation>an answer to revision %1; the current revision is %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>answered at %1, after the deadline %2</source>
        <translation>answered at %1, after the deadline %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consultation has no question %1</source>
        <translation>the consultation has no question %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its choice &quot;%1&quot; does not match the options it names</source>
        <translation>its choice &quot;%1&quot; does not match the options it names</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1/%2: replaced by the member&apos;s later answer</source>
        <translation>%1/%2: replaced by the member&apos;s later answer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the close lacks its consultation, revision or time</source>
        <translation>the close lacks its consultation, revision or time</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The deadline of &quot;%1&quot; (%2) has not passed yet: close it early only on purpose (--early)</source>
        <translation>The deadline of &quot;%1&quot; (%2) has not passed yet: close it early only on purpose (--early)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>it is signed by %1, not by the organisation key %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it closes %1 revision %2, not %3 revision %4</source>
        <translation>it closes %1 revision %2, not %3 revision %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consultation has not been closed yet.</source>
        <translation>The consultation has not been closed yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This seat recounted the close: the result agrees and your answers were counted.</source>
        <translation>This seat recounted the close: the result agrees and your answers were counted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat&apos;s recount DIFFERS from the office&apos;s close: %1</source>
        <translation>This seat&apos;s recount DIFFERS from the office&apos;s close: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer is MISSING from the office&apos;s close: %1</source>
        <translation>Your answer is MISSING from the office&apos;s close: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the close counts answer %1, which this seat cannot read as a valid latest answer</source>
        <translation>the close counts answer %1, which this seat cannot read as a valid latest answer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the count of question %1 differs from the recount</source>
        <translation>the count of question %1 differs from the recount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the close does not count every question</source>
        <translation>the close does not count every question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lists of who answered differ from the recount</source>
        <translation>the lists of who answered differ from the recount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your answer %1 is not among the counted ones</source>
        <translation>your answer %1 is not among the counted ones</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationReport</name>
    <message>
        <location filename="../../meeting_core/consult/consultationreport.cpp" line="+296"/>
        <source>Cannot write the reminder list to %1</source>
        <translation>Cannot write the reminder list to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report to %1</source>
        <translation>Cannot write the report to %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationService</name>
    <message>
        <location filename="../../meeting_core/consult/consultationservice.cpp" line="+43"/>
        <source>This seat has not confirmed its organisation yet: synchronise with the shared folder and confirm the organisation first</source>
        <translation>This seat has not confirmed its organisation yet: synchronise with the shared folder and confirm the organisation first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No consultation %1 on the shared folder</source>
        <translation>No consultation %1 on the shared folder</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Consultation %1 was already closed at %2</source>
        <translation>Consultation %1 was already closed at %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This seat has no device key</source>
        <translation>This seat has no device key</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Consultation %1: document &quot;%2&quot; has not arrived yet (%3)</source>
        <translation>Consultation %1: document &quot;%2&quot; has not arrived yet (%3)</translation>
    </message>
    <message>
        <location line="+149"/>
        <location line="+15"/>
        <source>No consultation %1 on this seat</source>
        <translation>No consultation %1 on this seat</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Consultation %1 has no question %2</source>
        <translation>Consultation %1 has no question %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The deadline for answering &quot;%1&quot; passed at %2: the answer was not recorded</source>
        <translation>The deadline for answering &quot;%1&quot; passed at %2: the answer was not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has been closed by the office: the answer was not recorded</source>
        <translation>&quot;%1&quot; has been closed by the office: the answer was not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat&apos;s device is not enrolled for anyone in the people directory: it cannot answer</source>
        <translation>This seat&apos;s device is not enrolled for anyone in the people directory: it cannot answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not among the members consulted in &quot;%2&quot;</source>
        <translation>%1 is not among the members consulted in &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This seat&apos;s cache could not record the answer: %1</source>
        <translation>This seat&apos;s cache could not record the answer: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This key is not the organisation key this seat trusts</source>
        <translation>This key is not the organisation key this seat trusts</translation>
    </message>
</context>
<context>
    <name>phonghop::ConsultationShare</name>
    <message>
        <location filename="../../meeting_core/consult/consultationshare.cpp" line="+111"/>
        <location line="+55"/>
        <location line="+233"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+304"/>
        <location line="+7"/>
        <source>consultations/%1/%2 was refused: %3</source>
        <translation>consultations/%1/%2 was refused: %3</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>it is signed by %1, not by the organisation key %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it names %1 revision %2</source>
        <translation>it names %1 revision %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Member &quot;%1&quot; is not a current person of the people directory</source>
        <translation>Member &quot;%1&quot; is not a current person of the people directory</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consultation was not published: the document “%1” was published as confidential; it is not published in clear.</source>
        <translation>The consultation was not published: the document “%1” was published as confidential; it is not published in clear.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The share cannot be used: %1</source>
        <translation>The share cannot be used: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>The consultation was not published: %1</source>
        <translation>The consultation was not published: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or publish the document in clear.</source>
        <translation>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or publish the document in clear.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The document “%1” is not in the published revision on the share any more: add its PDF again.</source>
        <translation>The document “%1” is not in the published revision on the share any more: add its PDF again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The confidential document “%1” is sealed to other devices than the members&apos; now: add its PDF again to seal it for them (the office cannot open the sealed copy).</source>
        <translation>The confidential document “%1” is sealed to other devices than the members&apos; now: add its PDF again to seal it for them (the office cannot open the sealed copy).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document %1 (%2) is neither a PDF nor an office file (.doc, .docx, .odt, .rtf, .xls, .xlsx, .ods)</source>
        <translation>Document %1 (%2) is neither a PDF nor an office file (.doc, .docx, .odt, .rtf, .xls, .xlsx, .ods)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</source>
        <translation>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The confidential document “%1” could not be sealed: %2. Nothing was published.</source>
        <translation>The confidential document “%1” could not be sealed: %2. Nothing was published.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1 in the share</source>
        <translation>Cannot create the folder %1 in the share</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write the consultation to the share: %1</source>
        <translation>Cannot write the consultation to the share: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultation is being published by others at the same time; try again in a moment</source>
        <translation>The consultation is being published by others at the same time; try again in a moment</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write the close to the share: %1</source>
        <translation>Cannot write the close to the share: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot find a free name for the close in the share</source>
        <translation>Cannot find a free name for the close in the share</translation>
    </message>
</context>
<context>
    <name>phonghop::DecisionChain</name>
    <message>
        <location filename="../../meeting_core/trust/decisionchain.cpp" line="+54"/>
        <source>The decision record misses required fields</source>
        <translation>The decision record misses required fields</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision cites a document by &quot;%1&quot;, which is not a SHA-256</source>
        <translation>The decision cites a document by &quot;%1&quot;, which is not a SHA-256</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A decision is signed by a key that may not record decisions</source>
        <translation>A decision is signed by a key that may not record decisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A correction of a conclusion is signed by a key that may not record decisions: only the chair corrects a conclusion</source>
        <translation>A correction of a conclusion is signed by a key that may not record decisions: only the chair corrects a conclusion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Two different decisions claim position %1 in the chain</source>
        <translation>Two different decisions claim position %1 in the chain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision %1 is missing but later decisions exist</source>
        <translation>Decision %1 is missing but later decisions exist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision %1 does not follow the decision before it</source>
        <translation>Decision %1 does not follow the decision before it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision %1 corrects a decision that is not before it in the chain</source>
        <translation>Decision %1 corrects a decision that is not before it in the chain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision %1 corrects decision %2, which decision %3 already corrected</source>
        <translation>Decision %1 corrects decision %2, which decision %3 already corrected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 corrects decision %2 of another agenda item</source>
        <translation>Decision %1 corrects decision %2 of another agenda item</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The share shows %1 decisions but %2 were seen before: the record was rolled back</source>
        <translation>The share shows %1 decisions but %2 were seen before: the record was rolled back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision %1 differs from the one seen before: the history was rewritten</source>
        <translation>Decision %1 differs from the one seen before: the history was rewritten</translation>
    </message>
</context>
<context>
    <name>phonghop::DemoSession</name>
    <message>
        <location filename="../../meeting_core/session/demosession.cpp" line="+35"/>
        <source>The demo share has no meeting</source>
        <translation>The demo share has no meeting</translation>
    </message>
</context>
<context>
    <name>phonghop::DemoShare</name>
    <message>
        <location filename="../../meeting_core/demo/demoshare.cpp" line="+335"/>
        <source>Cannot create a temporary folder</source>
        <translation>Cannot create a temporary folder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publishing %1</source>
        <translation>Publishing %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DeviceKey</name>
    <message>
        <location filename="../../meeting_core/trust/devicekey.cpp" line="+101"/>
        <source>The device key %1 cannot be replaced</source>
        <translation>The device key %1 cannot be replaced</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PIN is wrong.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the key directory %1</source>
        <translation>Cannot create the key directory %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no device key in %1</source>
        <translation>There is no device key in %1</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>This device&apos;s key is already protected by a PIN; change the PIN instead.</source>
        <translation>This device&apos;s key is already protected by a PIN; change the PIN instead.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+83"/>
        <location line="+25"/>
        <source>The protected device key could not be read back</source>
        <translation>The protected device key could not be read back</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>This device&apos;s key is kept by the system key store, not by a PIN; stop using the key store first.</source>
        <translation>This device&apos;s key is kept by the system key store, not by a PIN; stop using the key store first.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This device&apos;s key is already kept by the system key store.</source>
        <translation>This device&apos;s key is already kept by the system key store.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s key is protected by a PIN; remove the PIN first.</source>
        <translation>This device&apos;s key is protected by a PIN; remove the PIN first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system key store gave back another secret.</source>
        <translation>The system key store gave back another secret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note that the system key store keeps the device key cannot be written in %1</source>
        <translation>The note that the system key store keeps the device key cannot be written in %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+17"/>
        <source>This device&apos;s key is not kept by the system key store.</source>
        <translation>This device&apos;s key is not kept by the system key store.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This device&apos;s key stays locked: %1</source>
        <translation>This device&apos;s key stays locked: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device&apos;s key stays locked: the secret the system key store holds does not open it.</source>
        <translation>This device&apos;s key stays locked: the secret the system key store holds does not open it.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+23"/>
        <source>This device&apos;s key has no PIN yet.</source>
        <translation>This device&apos;s key has no PIN yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>The PIN needs at least %n character.</numerusform>
            <numerusform>The PIN needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN cannot be one character repeated.</source>
        <translation>The PIN cannot be one character repeated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device&apos;s key is protected by a PIN: enter the PIN to sign and to open confidential documents.</source>
        <translation>This device&apos;s key is protected by a PIN: enter the PIN to sign and to open confidential documents.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The enrolment request does not name its participant and device</source>
        <translation>The enrolment request does not name its participant and device</translation>
    </message>
</context>
<context>
    <name>phonghop::DirectoryStore</name>
    <message>
        <location filename="../../meeting_core/org/directorystore.cpp" line="+68"/>
        <source>people/%1 was refused: %2</source>
        <translation>people/%1 was refused: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is signed by %1, not by the organisation key %2</source>
        <translation>it is signed by %1, not by the organisation key %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names revision %1</source>
        <translation>it names revision %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the people folder in the share</source>
        <translation>Cannot create the people folder in the share</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the directory to the share: %1</source>
        <translation>Cannot write the directory to the share: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory is being changed by others at the same time; try again in a moment</source>
        <translation>The directory is being changed by others at the same time; try again in a moment</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentCipher</name>
    <message>
        <location filename="../../meeting_core/trust/documentcipher.cpp" line="+247"/>
        <source>the encryption library could not be initialised</source>
        <translation>the encryption library could not be initialised</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+32"/>
        <location line="+8"/>
        <location line="+95"/>
        <location line="+74"/>
        <location line="+53"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+8"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the confidential document is damaged or was altered (%1); sync again, or ask the office to publish it again</source>
        <translation>the confidential document is damaged or was altered (%1); sync again, or ask the office to publish it again</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>its size is not known</source>
        <translation>its size is not known</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than it should be</source>
        <translation>it is shorter than it should be</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is longer than it should be</source>
        <translation>it is longer than it should be</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a sealed document</source>
        <translation>it is not a sealed document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its header is invalid</source>
        <translation>its header is invalid</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+19"/>
        <source>it is cut short</source>
        <translation>it is cut short</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>a part of it does not decrypt</source>
        <translation>a part of it does not decrypt</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+18"/>
        <source>its size does not match</source>
        <translation>its size does not match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its checksum does not match</source>
        <translation>its checksum does not match</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentComments</name>
    <message>
        <location filename="../../meeting_core/annotations/documentcomments.cpp" line="+41"/>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The comment was not saved: %1</source>
        <translation>The comment was not saved: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted text</source>
        <translation>Quoted text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>The comments could not be saved: %1</source>
        <translation>The comments could not be saved: %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <source>Comments on %1</source>
        <translation>Comments on %1</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentFetch</name>
    <message>
        <location filename="../../meeting_core/sync/documentfetch.cpp" line="+39"/>
        <source>No shared folder is set: the document &quot;%1&quot; cannot be fetched again.</source>
        <translation>No shared folder is set: the document &quot;%1&quot; cannot be fetched again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder %1 cannot be reached: the document &quot;%2&quot; can be fetched again once it is.</source>
        <translation>The shared folder %1 cannot be reached: the document &quot;%2&quot; can be fetched again once it is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The confidential document &quot;%1&quot; is not for this device: it is not copied to it.</source>
        <translation>The confidential document &quot;%1&quot; is not for this device: it is not copied to it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document &quot;%1&quot; could not be fetched again: %2</source>
        <translation>The document &quot;%1&quot; could not be fetched again: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentGenerator</name>
    <message>
        <location filename="../../meeting_core/demo/documentgenerator.cpp" line="+121"/>
        <location line="+42"/>
        <location line="+40"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>phonghop::DocumentReader</name>
    <message>
        <location filename="../../meeting_core/confidential/documentreader.cpp" line="+71"/>
        <location line="+56"/>
        <source>The document “%1” is not in the cache yet: sync, then try again.</source>
        <translation>The document “%1” is not in the cache yet: sync, then try again.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <location line="+40"/>
        <source>The cached document cannot be read: %1</source>
        <translation>The cached document cannot be read: %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+110"/>
        <source>The cached document is damaged (its checksum does not match); sync again.</source>
        <translation>The cached document is damaged (its checksum does not match); sync again.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>phonghop::DraftMeeting</name>
    <message>
        <location filename="../../meeting_core/publish/draftmeeting.cpp" line="+479"/>
        <source>This is not a meeting file (format &quot;%1&quot;)</source>
        <translation>This is not a meeting file (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting file was written by a newer PhòngHọp (version %1)</source>
        <translation>This meeting file was written by a newer PhòngHọp (version %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;start&quot; is not a date and time: %1</source>
        <translation>&quot;start&quot; is not a date and time: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;end&quot; is not a date and time: %1</source>
        <translation>&quot;end&quot; is not a date and time: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Participant &quot;%1&quot; has an unknown role &quot;%2&quot; (chair, secretary, delegate or guest)</source>
        <translation>Participant &quot;%1&quot; has an unknown role &quot;%2&quot; (chair, secretary, delegate or guest)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 is not valid JSON: %2 (at byte %3)</translation>
    </message>
</context>
<context>
    <name>phonghop::DraftStore</name>
    <message>
        <location filename="../../meeting_core/publish/draftstore.cpp" line="+91"/>
        <source>Cannot create the drafts folder %1</source>
        <translation>Cannot create the drafts folder %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::Enrolment</name>
    <message>
        <location filename="../../meeting_core/org/enrolment.cpp" line="+75"/>
        <location line="+5"/>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was refused: it is signed by the key of another device (%2)</source>
        <translation>%1 was refused: it is signed by the key of another device (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was refused: this device is already enrolled for %2</source>
        <translation>%1 was refused: this device is already enrolled for %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was refused: nobody with the id &quot;%2&quot; is in the organisation&apos;s directory</source>
        <translation>%1 was refused: nobody with the id &quot;%2&quot; is in the organisation&apos;s directory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was refused: %2 has left the organisation</source>
        <translation>%1 was refused: %2 has left the organisation</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory; ask the secretariat to add them first</source>
        <translation>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory; ask the secretariat to add them first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has left the organisation and cannot enrol a device</source>
        <translation>%1 has left the organisation and cannot enrol a device</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device&apos;s key was revoked; it cannot be enrolled again</source>
        <translation>This device&apos;s key was revoked; it cannot be enrolled again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device is already enrolled for %1</source>
        <translation>This device is already enrolled for %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>The request of %1 (%2) has already been answered</source>
        <translation>The request of %1 (%2) has already been answered</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</source>
        <translation>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has left the organisation; the request cannot be approved</source>
        <translation>%1 has left the organisation; the request cannot be approved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device %1 was revoked; it cannot be enrolled again</source>
        <translation>The device %1 was revoked; it cannot be enrolled again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 is already enrolled for %2</source>
        <translation>The device %1 is already enrolled for %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The device %1 of %2 was already revoked</source>
        <translation>The device %1 of %2 was already revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrolled device has the fingerprint %1</source>
        <translation>No enrolled device has the fingerprint %1</translation>
    </message>
</context>
<context>
    <name>phonghop::KeyFile</name>
    <message>
        <location filename="../../meeting_core/trust/keyfile.cpp" line="+125"/>
        <location line="+6"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+23"/>
        <location line="+3"/>
        <source>%1 is not a PhòngHọp key file</source>
        <translation>%1 is not a PhòngHọp key file</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+12"/>
        <location line="+84"/>
        <source>The key file %1 is damaged or incomplete; use your backup copy</source>
        <translation>The key file %1 is damaged or incomplete; use your backup copy</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The key file %1 was written by a newer version of PhòngHọp</source>
        <translation>The key file %1 was written by a newer version of PhòngHọp</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not enough memory to open the key file %1</source>
        <translation>Not enough memory to open the key file %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is wrong for the key file %1</source>
        <translation>The passphrase is wrong for the key file %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key file needs a passphrase</source>
        <translation>The key file needs a passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>%1 already exists; a key file is never replaced. Choose another name.</source>
        <translation>%1 already exists; a key file is never replaced. Choose another name.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not enough memory to protect the key file</source>
        <translation>Not enough memory to protect the key file</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+7"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>Cannot write the key file %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ManifestCodec</name>
    <message>
        <location filename="../../meeting_core/share/manifestcodec.cpp" line="+38"/>
        <source>%1: the field &quot;%2&quot; is missing or not text</source>
        <translation>%1: the field &quot;%2&quot; is missing or not text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the field &quot;%2&quot; is missing or not a number</source>
        <translation>%1: the field &quot;%2&quot; is missing or not a number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the field &quot;%2&quot; is out of range</source>
        <translation>%1: the field &quot;%2&quot; is out of range</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a date and time</source>
        <translation>%1: &quot;%2&quot; is not a date and time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the list &quot;%1&quot; is missing</source>
        <translation>the list &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>not a meeting manifest</source>
        <translation>not a meeting manifest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest has no valid format version</source>
        <translation>the manifest has no valid format version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written in share format %1, newer than this PhòngHọp understands (%2); please update PhòngHọp</source>
        <translation>written in share format %1, newer than this PhòngHọp understands (%2); please update PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manifest: &quot;%1&quot; is not a valid meeting id</source>
        <translation>manifest: &quot;%1&quot; is not a valid meeting id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown role &quot;%2&quot;</source>
        <translation>%1: unknown role &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+96"/>
        <location line="+23"/>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1: the id &quot;%2&quot; is used twice</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>agenda item %1</source>
        <translation>agenda item %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>agenda item &quot;%1&quot;: its parent &quot;%2&quot; does not exist</source>
        <translation>agenda item &quot;%1&quot;: its parent &quot;%2&quot; does not exist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: &quot;plainSha256&quot; is not a SHA-256 checksum</source>
        <translation>%1: &quot;plainSha256&quot; is not a SHA-256 checksum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;plainSize&quot; is negative</source>
        <translation>%1: &quot;plainSize&quot; is negative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;recipients&quot; is not a list</source>
        <translation>%1: &quot;recipients&quot; is not a list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, recipient %2</source>
        <translation>%1, recipient %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;sealedKey&quot; is not a sealed document key</source>
        <translation>%1: &quot;sealedKey&quot; is not a sealed document key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a device id</source>
        <translation>%1: &quot;%2&quot; is not a device id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a participant of the meeting</source>
        <translation>%1: &quot;%2&quot; is not a participant of the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the device &quot;%2&quot; is listed twice</source>
        <translation>%1: the device &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>%1: &quot;sha256&quot; is not a SHA-256 checksum</source>
        <translation>%1: &quot;sha256&quot; is not a SHA-256 checksum</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>%1: &quot;size&quot; is negative</source>
        <translation>%1: &quot;size&quot; is negative</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1, its original file</source>
        <translation>%1, its original file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;original&quot; is not an object</source>
        <translation>%1: &quot;original&quot; is not an object</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>%1: its agenda item &quot;%2&quot; does not exist</source>
        <translation>%1: its agenda item &quot;%2&quot; does not exist</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the list &quot;%1&quot; is not a list</source>
        <translation>the list &quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>poll %1</source>
        <translation>poll %1</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingDiff</name>
    <message>
        <location filename="../../meeting_core/publish/meetingdiff.cpp" line="+61"/>
        <source>Meeting details changed: %1</source>
        <translation>Meeting details changed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item added: %1</source>
        <translation>Agenda item added: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item removed: %1</source>
        <translation>Agenda item removed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item changed: %1</source>
        <translation>Agenda item changed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document added: %1</source>
        <translation>Document added: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document removed: %1</source>
        <translation>Document removed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document replaced: %1 (version %2 → %3)</source>
        <translation>Document replaced: %1 (version %2 → %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document changed: %1</source>
        <translation>Document changed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant added: %1</source>
        <translation>Participant added: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant removed: %1</source>
        <translation>Participant removed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant changed: %1</source>
        <translation>Participant changed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host unit</source>
        <translation>host unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepared polls</source>
        <translation>prepared polls</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingPublisher</name>
    <message>
        <location filename="../../meeting_core/publish/meetingpublisher.cpp" line="+138"/>
        <source>Revision %1 of this meeting was published by someone else after revision %2, which you were editing. Nothing was published. Review their changes, then publish again.</source>
        <translation>Revision %1 of this meeting was published by someone else after revision %2, which you were editing. Nothing was published. Review their changes, then publish again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting with the id &quot;%1&quot; was already published (revision %2) by someone else. Nothing was published. Review it, then publish again.</source>
        <translation>A meeting with the id &quot;%1&quot; was already published (revision %2) by someone else. Nothing was published. Review it, then publish again.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or remove them from the recipients.</source>
        <translation>The confidential document “%1” cannot be sealed for “%2”: they have no enrolled device. Enrol a device for them, or remove them from the recipients.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+59"/>
        <location line="+22"/>
        <location line="+136"/>
        <source>The meeting was not published: %1</source>
        <translation>The meeting was not published: %1</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>The share cannot be used: %1</source>
        <translation>The share cannot be used: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key cannot publish to this share: the share belongs to another organisation key (%1).</source>
        <translation>This key cannot publish to this share: the share belongs to another organisation key (%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Someone else is publishing this meeting right now. Wait a minute, then publish again.</source>
        <translation>Someone else is publishing this meeting right now. Wait a minute, then publish again.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The document “%1” was published as confidential; it is not published in clear unless it is declassified (&quot;declassified&quot;: true).</source>
        <translation>The document “%1” was published as confidential; it is not published in clear unless it is declassified (&quot;declassified&quot;: true).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <location line="+34"/>
        <location line="+31"/>
        <location line="+26"/>
        <source>Publication cancelled; the share is unchanged.</source>
        <translation>Publication cancelled; the share is unchanged.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</source>
        <translation>The confidential document “%1” could not be sealed: no temporary folder. Nothing was published.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The confidential document “%1” could not be sealed: %2. Nothing was published.</source>
        <translation>The confidential document “%1” could not be sealed: %2. Nothing was published.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Document “%1” could not be stored in the share: %2. Nothing was published.</source>
        <translation>Document “%1” could not be stored in the share: %2. Nothing was published.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Published revision %1 of “%2”.</source>
        <translation>Published revision %1 of “%2”.</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>The participant “%1” has no name and is not in the organisation&apos;s directory: add them to the directory, or give their name.</source>
        <translation>The participant “%1” has no name and is not in the organisation&apos;s directory: add them to the directory, or give their name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The meeting&apos;s roster cannot be made: %1</source>
        <translation>The meeting&apos;s roster cannot be made: %1</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Revision %1 of “%2” was published, but its roster could not be written: %3. Seats cannot check in or vote until it is; publish again.</source>
        <translation>Revision %1 of “%2” was published, but its roster could not be written: %3. Seats cannot check in or vote until it is; publish again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The roster is at revision %1.</source>
        <translation>The roster is at revision %1.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>If this stays so for more than a few minutes, %1 in the meeting&apos;s folder of the share is not a publication: ask IT to look at it.</source>
        <translation>If this stays so for more than a few minutes, %1 in the meeting&apos;s folder of the share is not a publication: ask IT to look at it.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The document “%1” was damaged in the shared folder (%2); it has been stored again.</source>
        <translation>The document “%1” was damaged in the shared folder (%2); it has been stored again.</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingStatus</name>
    <message>
        <location filename="../../meeting_core/domain/meetingstatus.cpp" line="+47"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Postponed to %1</source>
        <translation>Postponed to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed until further notice</source>
        <translation>Postponed until further notice</translation>
    </message>
</context>
<context>
    <name>phonghop::MeetingStatusRecord</name>
    <message>
        <location filename="../../meeting_core/share/meetingstatusrecord.cpp" line="+31"/>
        <source>Say why the meeting is %1: a postponement or a cancellation needs a reason.</source>
        <translation>Say why the meeting is %1: a postponement or a cancellation needs a reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a postponed meeting has a new date.</source>
        <translation>Only a postponed meeting has a new date.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it is not signed by the organisation&apos;s key</source>
        <translation>it is not signed by the organisation&apos;s key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it names another meeting or number than its file name</source>
        <translation>it names another meeting or number than its file name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;until&quot; is not a date and time</source>
        <translation>&quot;until&quot; is not a date and time</translation>
    </message>
</context>
<context>
    <name>phonghop::ObjectStore</name>
    <message>
        <location filename="../../meeting_core/store/objectstore.cpp" line="+31"/>
        <source>Cannot create the document store %1</source>
        <translation>Cannot create the document store %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Invalid document identifier %1</source>
        <translation>Invalid document identifier %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write to the document store: %1</source>
        <translation>Cannot write to the document store: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Writing to the document store failed: %1</source>
        <translation>Writing to the document store failed: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 has %2 bytes instead of %3 (incomplete or still being copied)</source>
        <translation>%1 has %2 bytes instead of %3 (incomplete or still being copied)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not match its checksum (damaged or replaced)</source>
        <translation>%1 does not match its checksum (damaged or replaced)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot store %1</source>
        <translation>Cannot store %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data does not match its checksum</source>
        <translation>The data does not match its checksum</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 is larger than the %2 bytes its manifest states (damaged or replaced)</source>
        <translation>%1 is larger than the %2 bytes its manifest states (damaged or replaced)</translation>
    </message>
</context>
<context>
    <name>phonghop::OfficeConverter</name>
    <message>
        <location filename="../../meeting_core/convert/officeconverter.cpp" line="+135"/>
        <source>LibreOffice is not installed on this computer, so Word, Excel and OpenDocument files cannot be converted to PDF. Install LibreOffice (docs/deployment.md), or save the document as PDF and attach it again.</source>
        <translation>LibreOffice is not installed on this computer, so Word, Excel and OpenDocument files cannot be converted to PDF. Install LibreOffice (docs/deployment.md), or save the document as PDF and attach it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice is not installed on this computer, so this file cannot be converted to PDF. Install the package %1 (sudo apt install %1), or save the document as PDF and attach it again.</source>
        <translation>LibreOffice is not installed on this computer, so this file cannot be converted to PDF. Install the package %1 (sudo apt install %1), or save the document as PDF and attach it again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a Word, Excel or OpenDocument file.</source>
        <translation>%1 is not a Word, Excel or OpenDocument file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is damaged or is not really a .%1 file.</source>
        <translation>the file is damaged or is not really a .%1 file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no temporary folder could be made: %1</source>
        <translation>no temporary folder could be made: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be copied to a temporary folder.</source>
        <translation>the file could not be copied to a temporary folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its PDF has no pages.</source>
        <translation>its PDF has no pages.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>its PDF has only blank pages (%n page(s)): the document is empty.</source>
        <translation>
            <numerusform>its PDF has only blank pages (%n page): the document is empty.</numerusform>
            <numerusform>its PDF has only blank pages (%n pages): the document is empty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>LibreOffice (%1) could not be started: %2</source>
        <translation>LibreOffice (%1) could not be started: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the conversion was cancelled.</source>
        <translation>the conversion was cancelled.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>LibreOffice did not finish converting it within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>LibreOffice did not finish converting it within %n second and was stopped.</numerusform>
            <numerusform>LibreOffice did not finish converting it within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LibreOffice cannot open it: the file is damaged or protected by a password. Open it in Word or LibreOffice, save it without a password, and attach it again.</source>
        <translation>LibreOffice cannot open it: the file is damaged or protected by a password. Open it in Word or LibreOffice, save it without a password, and attach it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice could not convert it (%1).</source>
        <translation>LibreOffice could not convert it (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
</context>
<context>
    <name>phonghop::OfficePreparation</name>
    <message>
        <location filename="../../meeting_core/publish/officepreparation.cpp" line="+143"/>
        <source>Document %1 (%2) cannot be converted to PDF: %3</source>
        <translation>Document %1 (%2) cannot be converted to PDF: %3</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationAdmin</name>
    <message>
        <location filename="../../meeting_core/org/organisationadmin.cpp" line="+35"/>
        <location line="+296"/>
        <source>&quot;%1&quot; is not a device fingerprint (32 hex digits, in groups of four)</source>
        <translation>&quot;%1&quot; is not a device fingerprint (32 hex digits, in groups of four)</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>The device %1 of %2 was revoked; it cannot be enrolled again</source>
        <translation>The device %1 of %2 was revoked; it cannot be enrolled again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 is already enrolled for %2</source>
        <translation>The device %1 is already enrolled for %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pending enrolment request has the fingerprint %1; check the fingerprint shown on the device, or ask it to request enrolment again</source>
        <translation>No pending enrolment request has the fingerprint %1; check the fingerprint shown on the device, or ask it to request enrolment again</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The organisation needs a name</source>
        <translation>The organisation needs a name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 already holds the share of &quot;%2&quot; (key %3); it is left as it is. Choose an empty folder, or open this share with its organisation key.</source>
        <translation>The folder %1 already holds the share of &quot;%2&quot; (key %3); it is left as it is. Choose an empty folder, or open this share with its organisation key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 already holds a share (%2 is there, but cannot be read: %3); it is left as it is. Choose an empty folder.</source>
        <translation>The folder %1 already holds a share (%2 is there, but cannot be read: %3); it is left as it is. Choose an empty folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 was just set up by someone else, with another key</source>
        <translation>The folder %1 was just set up by someone else, with another key</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This key belongs to another organisation: the share at %1 is &quot;%2&quot;, key %3, and the key given is %4</source>
        <translation>This key belongs to another organisation: the share at %1 is &quot;%2&quot;, key %3, and the key given is %4</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The list names the id &quot;%1&quot; twice</source>
        <translation>The list names the id &quot;%1&quot; twice</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</source>
        <translation>Nobody with the id &quot;%1&quot; is in the organisation&apos;s directory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has already left the organisation</source>
        <translation>%1 has already left the organisation</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a staff list</source>
        <translation>%1 is too large for a staff list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not in UTF-8; it was read as %1. Check the names before you import them.</source>
        <translation>The file is not in UTF-8; it was read as %1. Check the names before you import them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no rows</source>
        <translation>%1 holds no rows</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</source>
        <translation>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row %1 has no name and was skipped</source>
        <translation>Row %1 has no name and was skipped</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1: &quot;%2&quot; is not a role; %3 is a delegate</source>
        <translation>Row %1: &quot;%2&quot; is not a role; %3 is a delegate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1: &quot;%2&quot; is not a vote weight (a whole number); 1 is used</source>
        <translation>Row %1: &quot;%2&quot; is not a vote weight (a whole number); 1 is used</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationPin</name>
    <message>
        <location filename="../../meeting_core/trust/organisationpin.cpp" line="+32"/>
        <source>No organisation key is pinned on this installation; pin it before trusting rosters</source>
        <translation>No organisation key is pinned on this installation; pin it before trusting rosters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by key %1, not by the organisation key %2 pinned on this installation</source>
        <translation>Signed by key %1, not by the organisation key %2 pinned on this installation</translation>
    </message>
</context>
<context>
    <name>phonghop::OrganisationTrust</name>
    <message>
        <location filename="../../meeting_core/sync/organisationtrust.cpp" line="+40"/>
        <source>This is not an organisation key (an Ed25519 public key has 32 bytes)</source>
        <translation>This is not an organisation key (an Ed25519 public key has 32 bytes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat already trusts the organisation key %1; it does not pin %2 in its place. Changing the organisation&apos;s key is a deliberate act: ask your IT staff</source>
        <translation>This seat already trusts the organisation key %1; it does not pin %2 in its place. Changing the organisation&apos;s key is a deliberate act: ask your IT staff</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full: the organisation&apos;s key could not be recorded</source>
        <translation>The disk is full: the organisation&apos;s key could not be recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s key could not be recorded: %1</source>
        <translation>The organisation&apos;s key could not be recorded: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This seat has not confirmed the organisation&apos;s key yet (sync with --expect-fingerprint, or confirm it in the app)</source>
        <translation>This seat has not confirmed the organisation&apos;s key yet (sync with --expect-fingerprint, or confirm it in the app)</translation>
    </message>
</context>
<context>
    <name>phonghop::Outbox</name>
    <message>
        <location filename="../../meeting_core/store/outbox.cpp" line="+253"/>
        <source>&quot;%1/%2&quot; is not a valid record name</source>
        <translation>&quot;%1/%2&quot; is not a valid record name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It waits until this seat knows the meeting of its poll</source>
        <translation>It waits until this seat knows the meeting of its poll</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The name %1 is taken on the share by another file</source>
        <translation>The name %1 is taken on the share by another file</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfDocument</name>
    <message>
        <location filename="../../meeting_core/pdf/pdfdocument.cpp" line="+155"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+28"/>
        <location line="+27"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+27"/>
        <location line="+34"/>
        <source>The file %1 is not a PDF document.</source>
        <translation>The file %1 is not a PDF document.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+25"/>
        <location line="+39"/>
        <source>The PDF document %1 is damaged and cannot be opened.</source>
        <translation>The PDF document %1 is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+26"/>
        <location line="+39"/>
        <source>The PDF document %1 is damaged: it has no readable pages.</source>
        <translation>The PDF document %1 is damaged: it has no readable pages.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The document is locked by a password.</source>
        <translation>The document is locked by a password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 does not exist.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to draw on page %1.</source>
        <translation>Nothing to draw on page %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 is too large to draw at this zoom.</source>
        <translation>Page %1 is too large to draw at this zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation>Page %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drawing page %1 was cancelled.</source>
        <translation>Drawing page %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 takes too long to draw and was skipped.</source>
        <translation>Page %1 takes too long to draw and was skipped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 cannot be drawn: %2</source>
        <translation>Page %1 cannot be drawn: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 cannot be drawn.</source>
        <translation>Page %1 cannot be drawn.</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfSignatures</name>
    <message>
        <location filename="../../meeting_core/pdf/pdfsignatures.cpp" line="+67"/>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read as a PDF</source>
        <translation>%1 cannot be read as a PDF</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered after signing: the document is not the one signed</source>
        <translation>altered after signing: the document is not the one signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid for the signed part, but the file was added to after signing</source>
        <translation>valid for the signed part, but the file was added to after signing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate&apos;s issuer is unknown (its CA is not installed)</source>
        <translation>intact, but the certificate&apos;s issuer is unknown (its CA is not installed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate&apos;s issuer is not trusted</source>
        <translation>intact, but the certificate&apos;s issuer is not trusted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate has expired</source>
        <translation>intact, but the certificate has expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate was revoked</source>
        <translation>the certificate was revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid signature</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intact, but the certificate could not be checked</source>
        <translation>intact, but the certificate could not be checked</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfSigning</name>
    <message>
        <location filename="../../meeting_core/pdf/nsssession.cpp" line="+83"/>
        <source>The token&apos;s PKCS#11 module %1 does not exist: install the token&apos;s software (docs/signatures.md) or give its path</source>
        <translation>The token&apos;s PKCS#11 module %1 does not exist: install the token&apos;s software (docs/signatures.md) or give its path</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be loaded as a PKCS#11 module (%2)</source>
        <translation>%1 could not be loaded as a PKCS#11 module (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token &quot;%1&quot; needs its PIN</source>
        <translation>The token &quot;%1&quot; needs its PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN of the token &quot;%1&quot; is wrong; nothing was signed</source>
        <translation>The PIN of the token &quot;%1&quot; is wrong; nothing was signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token &quot;%1&quot; refused the PIN (%2)</source>
        <translation>The token &quot;%1&quot; refused the PIN (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The NSS database folder %1 does not exist</source>
        <translation>The NSS database folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The NSS database %1 could not be opened</source>
        <translation>The NSS database %1 could not be opened</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Another NSS database (%1) is in use; restart the program to use %2</source>
        <translation>Another NSS database (%1) is in use; restart the program to use %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The token &quot;%1&quot; is not present: plug it in and try again</source>
        <translation>The token &quot;%1&quot; is not present: plug it in and try again</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NSS database</source>
        <translation>NSS database</translation>
    </message>
    <message>
        <location filename="../../meeting_core/pdf/pdfsigning.cpp" line="+94"/>
        <source>%1 exists already; choose another name for the signed copy</source>
        <translation>%1 exists already; choose another name for the signed copy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token &quot;%1&quot; is not present: plug it in (or check that its module is installed) and try again</source>
        <translation>The token &quot;%1&quot; is not present: plug it in (or check that its module is installed) and try again</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No certificate &quot;%1&quot; with a signing key was found, and none other either: is the token plugged in and its PIN right?</source>
        <translation>No certificate &quot;%1&quot; with a signing key was found, and none other either: is the token plugged in and its PIN right?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate &quot;%1&quot; with a signing key was found; these can sign: %2</source>
        <translation>No certificate &quot;%1&quot; with a signing key was found; these can sign: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate &quot;%1&quot; expired on %2; a signature made with it would not count. Sign with a current certificate.</source>
        <translation>The certificate &quot;%1&quot; expired on %2; a signature made with it would not count. Sign with a current certificate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate &quot;%1&quot; is valid only from %2</source>
        <translation>The certificate &quot;%1&quot; is valid only from %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1 as a PDF to sign it</source>
        <translation>Cannot open %1 as a PDF to sign it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has no page %1</source>
        <translation>The PDF has no page %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed by: %1
Date: %2</source>
        <translation>Signed by: %1
Date: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The signature could not be written with the certificate &quot;%1&quot; (the token may have been removed, or refused the key)</source>
        <translation>The signature could not be written with the certificate &quot;%1&quot; (the token may have been removed, or refused the key)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signed copy of %1 does not read back</source>
        <translation>The signed copy of %1 does not read back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed copy of %1 does not verify (%2)</source>
        <translation>The signed copy of %1 does not verify (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1 as a PDF</source>
        <translation>Cannot open %1 as a PDF</translation>
    </message>
</context>
<context>
    <name>phonghop::PdfTextExtractor</name>
    <message>
        <location filename="../../meeting_core/pdf/pdftextextractor.cpp" line="+67"/>
        <source>The document file %1 is missing.</source>
        <translation>The document file %1 is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document %1 is damaged or is not a PDF.</source>
        <translation>The document %1 is damaged or is not a PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document %1 is protected by a password.</source>
        <translation>The document %1 is protected by a password.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The document %1 has %2 pages; only the first %3 can be searched.</source>
        <translation>The document %1 has %2 pages; only the first %3 can be searched.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the text of %1 took longer than %2 seconds; pages from %3 on cannot be searched.</source>
        <translation>Reading the text of %1 took longer than %2 seconds; pages from %3 on cannot be searched.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document %1 holds more than %2 characters of text; pages from %3 on cannot be searched.</source>
        <translation>The document %1 holds more than %2 characters of text; pages from %3 on cannot be searched.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page %1 of %2 took longer than %3 seconds to read; it cannot be searched.</source>
        <translation>Page %1 of %2 took longer than %3 seconds to read; it cannot be searched.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page %1 of %2 holds more than %3 characters of text; the rest of it cannot be searched.</source>
        <translation>Page %1 of %2 holds more than %3 characters of text; the rest of it cannot be searched.</translation>
    </message>
</context>
<context>
    <name>phonghop::PeopleCsv</name>
    <message>
        <location filename="../../meeting_core/publish/peoplecsv.cpp" line="+135"/>
        <source>The file is not in UTF-8; it was read as %1. Check the names below before you add them.</source>
        <translation>The file is not in UTF-8; it was read as %1. Check the names below before you add them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds no rows</source>
        <translation>The file holds no rows</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</source>
        <translation>The file has no column of names (&quot;Họ và tên&quot; or &quot;name&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 has no name and was skipped</source>
        <translation>Row %1 has no name and was skipped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a role; %3 has no role yet</source>
        <translation>Row %1: &quot;%2&quot; is not a role; %3 has no role yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: &quot;%2&quot; is not a vote weight; 1 is used</source>
        <translation>Row %1: &quot;%2&quot; is not a vote weight; 1 is used</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::PeopleDirectory</name>
    <message>
        <location filename="../../meeting_core/org/peopledirectory.cpp" line="+139"/>
        <source>&quot;%1&quot; is not a valid person id (letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, at most 64)</source>
        <translation>&quot;%1&quot; is not a valid person id (letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, at most 64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two people have the id &quot;%1&quot;</source>
        <translation>Two people have the id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person &quot;%1&quot; has no name</source>
        <translation>The person &quot;%1&quot; has no name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vote weight of %1 is negative</source>
        <translation>The vote weight of %1 is negative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A device of %1 has an invalid key</source>
        <translation>A device of %1 has an invalid key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device %1 is listed twice in the directory</source>
        <translation>The device %1 is listed twice in the directory</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The directory is malformed: %1</source>
        <translation>The directory is malformed: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::PersonalNotes</name>
    <message>
        <location filename="../../meeting_core/desk/personalnotes.cpp" line="+24"/>
        <source>the disk is full.</source>
        <translation>the disk is full.</translation>
    </message>
</context>
<context>
    <name>phonghop::Poll</name>
    <message>
        <location filename="../../meeting_core/voting/poll.cpp" line="+188"/>
        <source>Unknown rule preset &quot;%1&quot; (known: %2)</source>
        <translation>Unknown rule preset &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Unknown rule field &quot;%1&quot;; a rule has preset, base, threshold, quorum and tieBreak</source>
        <translation>Unknown rule field &quot;%1&quot;; a rule has preset, base, threshold, quorum and tieBreak</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown base &quot;%1&quot;; use entitled, present, cast or cast-yes-no</source>
        <translation>Unknown base &quot;%1&quot;; use entitled, present, cast or cast-yes-no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown threshold; use more-than-half, two-thirds or three-quarters</source>
        <translation>Unknown threshold; use more-than-half, two-thirds or three-quarters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown quorum; use none, more-than-half or two-thirds</source>
        <translation>Unknown quorum; use none, more-than-half or two-thirds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown tie break; use none or chair</source>
        <translation>Unknown tie break; use none or chair</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than half</source>
        <translation>more than half</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least two thirds</source>
        <translation>at least two thirds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least three quarters</source>
        <translation>at least three quarters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of all members entitled to vote</source>
        <translation>of all members entitled to vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the members present</source>
        <translation>of the members present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the ballots cast</source>
        <translation>of the ballots cast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the ballots for and against (abstentions not counted)</source>
        <translation>of the ballots for and against (abstentions not counted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs %1 %2</source>
        <translation>Needs %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, with more than half of the members present</source>
        <translation>, with more than half of the members present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, with at least two thirds of the members present</source>
        <translation>, with at least two thirds of the members present</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; on a tie the side the chair voted with wins</source>
        <translation>; on a tie the side the chair voted with wins</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The poll has no id</source>
        <translation>The poll has no id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll has no options</source>
        <translation>The poll has no options</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option labels must be present and distinct</source>
        <translation>Option labels must be present and distinct</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An &quot;other opinion&quot; option belongs to approval and yes/no polls; a choice poll&apos;s options are all candidates</source>
        <translation>An &quot;other opinion&quot; option belongs to approval and yes/no polls; a choice poll&apos;s options are all candidates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A poll has at most one &quot;other opinion&quot; option</source>
        <translation>A poll has at most one &quot;other opinion&quot; option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base cast-yes-no counts the ballots for and against, which a choice poll does not have; use cast, present or entitled</source>
        <translation>The base cast-yes-no counts the ballots for and against, which a choice poll does not have; use cast, present or entitled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A choice poll&apos;s options are all candidates</source>
        <translation>A choice poll&apos;s options are all candidates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll allows %1 to %2 choices of %3 options</source>
        <translation>The poll allows %1 to %2 choices of %3 options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An approval or yes/no poll has one Yes and one No option (and, for approval, at most one Abstain option)</source>
        <translation>An approval or yes/no poll has one Yes and one No option (and, for approval, at most one Abstain option)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An approval or yes/no ballot has exactly one choice</source>
        <translation>An approval or yes/no ballot has exactly one choice</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ballot names an option the poll does not have</source>
        <translation>The ballot names an option the poll does not have</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ballot names one option twice</source>
        <translation>The ballot names one option twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ballot names %1 options; at least %2 are needed</source>
        <translation>The ballot names %1 options; at least %2 are needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ballot names %1 options; at most %2 are allowed</source>
        <translation>The ballot names %1 options; at most %2 are allowed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ballot carries an opinion text but does not choose &quot;%1&quot;</source>
        <translation>The ballot carries an opinion text but does not choose &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write your opinion for &quot;%1&quot; (it cannot be empty)</source>
        <translation>Write your opinion for &quot;%1&quot; (it cannot be empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opinion is %1 characters long; at most %2 are allowed</source>
        <translation>The opinion is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The opinion contains a control character</source>
        <translation>The opinion contains a control character</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown poll kind &quot;%1&quot;; use approval, yes-no or choice</source>
        <translation>Unknown poll kind &quot;%1&quot;; use approval, yes-no or choice</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown option meaning &quot;%1&quot;</source>
        <translation>Unknown option meaning &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The poll&apos;s rule must be a preset name or an object</source>
        <translation>The poll&apos;s rule must be a preset name or an object</translation>
    </message>
</context>
<context>
    <name>phonghop::PollRecords</name>
    <message>
        <location filename="../../meeting_core/voting/pollrecords.cpp" line="+57"/>
        <source>The poll-open record has no valid opening time</source>
        <translation>The poll-open record has no valid opening time</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Poll-open record refused: %1</source>
        <translation>Poll-open record refused: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Poll-open record refused: it is not signed by the chair</source>
        <translation>Poll-open record refused: it is not signed by the chair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poll-open record refused: it cites another meeting or roster</source>
        <translation>Poll-open record refused: it cites another meeting or roster</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is not entitled to vote in this meeting</source>
        <translation>%1 is not entitled to vote in this meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is not enrolled for %1 in the roster; ask the secretary to enrol it</source>
        <translation>This device is not enrolled for %1 in the roster; ask the secretary to enrol it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rules of this body do not let a proxy holder vote: %1 cannot cast %2&apos;s ballot</source>
        <translation>The rules of this body do not let a proxy holder vote: %1 cannot cast %2&apos;s ballot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ballot&apos;s sequence number starts at 1</source>
        <translation>A ballot&apos;s sequence number starts at 1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The poll&apos;s chair key cannot receive a secret ballot</source>
        <translation>The poll&apos;s chair key cannot receive a secret ballot</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The poll-close record counts a vote weight no roster can give</source>
        <translation>The poll-close record counts a vote weight no roster can give</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The poll-close record misses required fields</source>
        <translation>The poll-close record misses required fields</translation>
    </message>
</context>
<context>
    <name>phonghop::PreparedPoll</name>
    <message>
        <location filename="../../meeting_core/voting/preparedpoll.cpp" line="+23"/>
        <source>give either &quot;rule&quot; or &quot;preset&quot;, not both</source>
        <translation>give either &quot;rule&quot; or &quot;preset&quot;, not both</translation>
    </message>
</context>
<context>
    <name>phonghop::PublishValidator</name>
    <message>
        <location filename="../../meeting_core/publish/publishvalidator.cpp" line="+50"/>
        <source>The meeting has no title.</source>
        <translation>The meeting has no title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be a meeting id: use lower-case letters, digits and dashes.</source>
        <translation>&quot;%1&quot; cannot be a meeting id: use lower-case letters, digits and dashes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting has no start date and time.</source>
        <translation>The meeting has no start date and time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting ends before it starts.</source>
        <translation>The meeting ends before it starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda is empty: add at least one item.</source>
        <translation>The agenda is empty: add at least one item.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An agenda item has no title.</source>
        <translation>An agenda item has no title.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A participant has no name.</source>
        <translation>A participant has no name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role: choose chair, secretary, delegate or guest.</source>
        <translation>%1 has no role: choose chair, secretary, delegate or guest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document %1 is attached twice.</source>
        <translation>Document %1 is attached twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document %1 belongs to no agenda item.</source>
        <translation>Document %1 belongs to no agenda item.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file of document %1 is missing: %2</source>
        <translation>The file of document %1 is missing: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document %1 is damaged or is not really a .%2 file (%3). Open it in Word or LibreOffice, save it again, and attach it again.</source>
        <translation>Document %1 is damaged or is not really a .%2 file (%3). Open it in Word or LibreOffice, save it again, and attach it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document %1 is not a PDF file nor a Word, Excel or OpenDocument file (%2). Save it as PDF and attach it again.</source>
        <translation>Document %1 is not a PDF file nor a Word, Excel or OpenDocument file (%2). Save it as PDF and attach it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1 cannot be opened as a PDF: %2</source>
        <translation>Document %1 cannot be opened as a PDF: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document %1 has no pages.</source>
        <translation>Document %1 has no pages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document %1 is the same file as %2.</source>
        <translation>Document %1 is the same file as %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document %1 is confidential (&quot;Mật&quot;) but names no recipient.</source>
        <translation>Document %1 is confidential (&quot;Mật&quot;) but names no recipient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document %1 names a recipient who is not a participant (%2).</source>
        <translation>Document %1 names a recipient who is not a participant (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Two prepared polls have the id &quot;%1&quot;; give each its own.</source>
        <translation>Two prepared polls have the id &quot;%1&quot;; give each its own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared poll %1 has no title: write the question delegates vote on.</source>
        <translation>Prepared poll %1 has no title: write the question delegates vote on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared poll %1 belongs to no agenda item: choose the item it is voted under.</source>
        <translation>Prepared poll %1 belongs to no agenda item: choose the item it is voted under.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared poll %1 names agenda item &quot;%2&quot;, which is not on the agenda: choose one of the meeting&apos;s items.</source>
        <translation>Prepared poll %1 names agenda item &quot;%2&quot;, which is not on the agenda: choose one of the meeting&apos;s items.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepared poll %1 cannot be opened as written: %2. Correct its kind, options or voting rule.</source>
        <translation>Prepared poll %1 cannot be opened as written: %2. Correct its kind, options or voting rule.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Two agenda items have the id &quot;%1&quot;; give each its own.</source>
        <translation>Two agenda items have the id &quot;%1&quot;; give each its own.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda item &quot;%1&quot; is placed under an item that does not exist or under itself (%2).</source>
        <translation>Agenda item &quot;%1&quot; is placed under an item that does not exist or under itself (%2).</translation>
    </message>
</context>
<context>
    <name>phonghop::Roster</name>
    <message>
        <location filename="../../meeting_core/trust/roster.cpp" line="+98"/>
        <source>The roster names no meeting</source>
        <translation>The roster names no meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster has no valid revision number</source>
        <translation>The roster has no valid revision number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participant id &quot;%1&quot; is missing, malformed or repeated</source>
        <translation>Participant id &quot;%1&quot; is missing, malformed or repeated</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>Participant &quot;%1&quot; has an invalid vote weight</source>
        <translation>Participant &quot;%1&quot; has an invalid vote weight</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Device id &quot;%1&quot; is missing, malformed or repeated</source>
        <translation>Device id &quot;%1&quot; is missing, malformed or repeated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device &quot;%1&quot; has an invalid or repeated public key</source>
        <translation>Device &quot;%1&quot; has an invalid or repeated public key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A roster names exactly one chair (found %1)</source>
        <translation>A roster names exactly one chair (found %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The roster lists no participants</source>
        <translation>The roster lists no participants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The roster&apos;s &quot;%1&quot; must be true or false</source>
        <translation>The roster&apos;s &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participant &quot;%1&quot; has an unknown role</source>
        <translation>Participant &quot;%1&quot; has an unknown role</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Device &quot;%1&quot; has an unreadable public key</source>
        <translation>Device &quot;%1&quot; has an unreadable public key</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Roster refused: %1</source>
        <translation>Roster refused: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new roster is for another meeting</source>
        <translation>The new roster is for another meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster revision %1 is older than revision %2 already seen: an old roster was put back on the share</source>
        <translation>Roster revision %1 is older than revision %2 already seen: an old roster was put back on the share</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two different rosters carry revision %1</source>
        <translation>Two different rosters carry revision %1</translation>
    </message>
</context>
<context>
    <name>phonghop::RosterBuilder</name>
    <message>
        <location filename="../../meeting_core/org/rosterbuilder.cpp" line="+173"/>
        <location line="+7"/>
        <source>The roster of %1 cannot be written: %2</source>
        <translation>The roster of %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roster of %1 is being published by someone else at the same time; try again</source>
        <translation>The roster of %1 is being published by someone else at the same time; try again</translation>
    </message>
</context>
<context>
    <name>phonghop::SealedDocument</name>
    <message>
        <location filename="../../meeting_core/confidential/sealeddocument.cpp" line="+25"/>
        <source>Confidential document — only its recipients may read it</source>
        <translation>Confidential document — only its recipients may read it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office does not allow this confidential document to be exported or printed</source>
        <translation>The office does not allow this confidential document to be exported or printed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no recipient has an enrolled device to receive it</source>
        <translation>no recipient has an enrolled device to receive it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the device key of %1 is not a valid key</source>
        <translation>the device key of %1 is not a valid key</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the confidential document “%1” needs a shared folder in format 2.1 or later, and this one is in format %2.%3. Upgrade the shared folder first (phonghop-cli org upgrade-share), once every seat runs PhòngHọp 2.1.</source>
        <translation>the confidential document “%1” needs a shared folder in format 2.1 or later, and this one is in format %2.%3. Upgrade the shared folder first (phonghop-cli org upgrade-share), once every seat runs PhòngHọp 2.1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key of the confidential document “%1” does not open with this device&apos;s key: it was sealed for another device, or altered.</source>
        <translation>The key of the confidential document “%1” does not open with this device&apos;s key: it was sealed for another device, or altered.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The confidential document “%1” is not in the cache yet: sync, then try again.</source>
        <translation>The confidential document “%1” is not in the cache yet: sync, then try again.</translation>
    </message>
    <message>
        <location line="+131"/>
        <location line="+17"/>
        <source>The document “%1” cannot be opened: %2</source>
        <translation>The document “%1” cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::SearchIndex</name>
    <message>
        <location filename="../../meeting_core/search/searchindex.cpp" line="+33"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The search index %1 is busy.</source>
        <translation>The search index %1 is busy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The search index %1 cannot be opened: %2</source>
        <translation>The search index %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search index cannot be opened.</source>
        <translation>The search index cannot be opened.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The search index could not be updated: %1</source>
        <translation>The search index could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionDocument</name>
    <message>
        <location filename="../../meeting_core/session/sessiondocument.cpp" line="+107"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionScanner</name>
    <message>
        <location filename="../../meeting_core/session/sessionscanner.cpp" line="+107"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The share holds no roster signed by the organisation for this meeting yet</source>
        <translation>The share holds no roster signed by the organisation for this meeting yet</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Only the chair may close a poll</source>
        <translation>Only the chair may close a poll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such poll</source>
        <translation>No such poll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll is already closed</source>
        <translation>The poll is already closed</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Another roster with revision %1 was verified before; this one is ignored</source>
        <translation>Another roster with revision %1 was verified before; this one is ignored</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>This seat&apos;s record %1 is gone from the shared folder and could not be delivered again: %2</source>
        <translation>This seat&apos;s record %1 is gone from the shared folder and could not be delivered again: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file); it was delivered again</source>
        <translation>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file); it was delivered again</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>This file cannot be read as a record: %1</source>
        <translation>This file cannot be read as a record: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unreadable record: %1</source>
        <translation>Unreadable record: %1</translation>
    </message>
    <message>
        <location line="+227"/>
        <location filename="../../meeting_core/session/sessionscannerlog.cpp" line="+173"/>
        <source>%1 record(s) in this folder are signed by keys no roster of the meeting lists; they are ignored</source>
        <translation>%1 record(s) in this folder are signed by keys no roster of the meeting lists; they are ignored</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../meeting_core/session/sessionscannerlog.cpp" line="+6"/>
        <source>%1 more file(s) in this folder are not records that can be read; they are ignored</source>
        <translation>%1 more file(s) in this folder are not records that can be read; they are ignored</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 file(s) on the shared folder are not read yet; the next look at the share goes on</source>
        <translation>%1 file(s) on the shared folder are not read yet; the next look at the share goes on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder holds more records than this seat keeps (%1); the rest are not counted</source>
        <translation>The shared folder holds more records than this seat keeps (%1); the rest are not counted</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionService</name>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="+108"/>
        <source>Acting as another participant is only possible on the demo share</source>
        <translation>Acting as another participant is only possible on the demo share</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The session&apos;s summary for the statistics could not be kept in the cache: %1</source>
        <translation>The session&apos;s summary for the statistics could not be kept in the cache: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The poll was not closed: %1</source>
        <translation>The poll was not closed: %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionserviceactions.cpp" line="+32"/>
        <source>This device has no key</source>
        <translation>This device has no key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster of this meeting has not reached this seat yet</source>
        <translation>The roster of this meeting has not reached this seat yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is not enrolled in the meeting roster yet; ask the secretary to add its key (fingerprint %1)</source>
        <translation>This device is not enrolled in the meeting roster yet; ask the secretary to add its key (fingerprint %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the %1 may do this</source>
        <translation>Only the %1 may do this</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full: this was not recorded. Free some space on this device and try again</source>
        <translation>The disk is full: this was not recorded. Free some space on this device and try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat&apos;s cache could not record this: %1</source>
        <translation>This seat&apos;s cache could not record this: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept on this seat: the shared folder cannot be reached, so it will be delivered when the folder is back</source>
        <translation>Kept on this seat: the shared folder cannot be reached, so it will be delivered when the folder is back</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the secretary may check in someone else</source>
        <translation>Only the secretary may check in someone else</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the secretary may record someone else&apos;s absence</source>
        <translation>Only the secretary may record someone else&apos;s absence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the secretary may record a proxy for someone else</source>
        <translation>Only the secretary may record a proxy for someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy must name another participant of the meeting</source>
        <translation>A proxy must name another participant of the meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topic is %1 characters long; at most %2 are kept with a request to speak</source>
        <translation>The topic is %1 characters long; at most %2 are kept with a request to speak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chair has closed the speakers&apos; list of this item: no more requests to speak are taken unless the chair reopens it</source>
        <translation>The chair has closed the speakers&apos; list of this item: no more requests to speak are taken unless the chair reopens it</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody is waiting to speak</source>
        <translation>Nobody is waiting to speak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody has the floor</source>
        <translation>Nobody has the floor</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicevoting.cpp" line="+72"/>
        <source>A poll with this id was already opened</source>
        <translation>A poll with this id was already opened</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+59"/>
        <source>No such poll</source>
        <translation>No such poll</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The poll is closed</source>
        <translation>The poll is closed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not on the meeting&apos;s roster</source>
        <translation>%1 is not on the meeting&apos;s roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules of this body do not let a proxy holder vote; %1 votes only in person</source>
        <translation>The rules of this body do not let a proxy holder vote; %1 votes only in person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not given you their proxy, so you cannot vote for them</source>
        <translation>%1 has not given you their proxy, so you cannot vote for them</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>secret ballot</source>
        <translation>secret ballot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, by proxy for %2</source>
        <translation>%1, by proxy for %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The poll is already closed</source>
        <translation>The poll is already closed</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="-122"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionserviceactions.cpp" line="+144"/>
        <source>The decision chain on the share has problems; resolve them first</source>
        <translation>The decision chain on the share has problems; resolve them first</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Poll %1 is not closed</source>
        <translation>Poll %1 is not closed</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The agenda has no item %1</source>
        <translation>The agenda has no item %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No such draft conclusion</source>
        <translation>No such draft conclusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conclusion is already in the decision record</source>
        <translation>This conclusion is already in the decision record</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only the chair may correct a conclusion; nothing was recorded</source>
        <translation>Only the chair may correct a conclusion; nothing was recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision record has no decision %1</source>
        <translation>The decision record has no decision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision %1 has already been corrected; correct the decision that replaced it</source>
        <translation>Decision %1 has already been corrected; correct the decision that replaced it</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a SHA-256 (64 hexadecimal digits): cite a document by the SHA-256 of its file on the share</source>
        <translation>&quot;%1&quot; is not a SHA-256 (64 hexadecimal digits): cite a document by the SHA-256 of its file on the share</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document of this meeting has the SHA-256 %1</source>
        <translation>No document of this meeting has the SHA-256 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair or the secretary may record a conclusion</source>
        <translation>Only the chair or the secretary may record a conclusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conclusion is empty</source>
        <translation>The conclusion is empty</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The last decision could not be read again</source>
        <translation>The last decision could not be read again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The chair has signed the minutes; they are locked</source>
        <translation>The chair has signed the minutes; they are locked</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The minutes are already signed</source>
        <translation>The minutes are already signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicevoting.cpp" line="-48"/>
        <source>This device was enrolled after poll %1 was opened; it can vote from the next poll on</source>
        <translation>This device was enrolled after poll %1 was opened; it can vote from the next poll on</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservice.cpp" line="+58"/>
        <source>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file) and was delivered again at %2</source>
        <translation>This seat&apos;s record %1 had disappeared from the shared folder (deleted, or replaced by another file) and was delivered again at %2</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicespeakers.cpp" line="+18"/>
        <source>No such request to speak</source>
        <translation>No such request to speak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1, who asked, may withdraw this request to speak</source>
        <translation>Only %1, who asked, may withdraw this request to speak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chair has already given the floor for this request</source>
        <translation>The chair has already given the floor for this request</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>This request to speak is no longer waiting</source>
        <translation>This request to speak is no longer waiting</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose the agenda item whose speakers&apos; list this is</source>
        <translation>Choose the agenda item whose speakers&apos; list this is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The speakers&apos; list of this item is already closed</source>
        <translation>The speakers&apos; list of this item is already closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers&apos; list of this item is open</source>
        <translation>The speakers&apos; list of this item is open</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The list has changed meanwhile; look at it again</source>
        <translation>The list has changed meanwhile; look at it again</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A speaking time is from 0 (none) to %1 minutes</source>
        <translation>A speaking time is from 0 (none) to %1 minutes</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionservicedocuments.cpp" line="+42"/>
        <source>No meeting is open</source>
        <translation>No meeting is open</translation>
    </message>
</context>
<context>
    <name>phonghop::SessionState</name>
    <message>
        <location filename="../../meeting_core/session/sessionpolls.cpp" line="+85"/>
        <source>sequence %1, cast at %2</source>
        <translation>sequence %1, cast at %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) has not reached the shared folder yet: it is kept on this seat and delivered as soon as the folder takes it</source>
        <translation>Your last ballot in poll &quot;%1&quot; (%2) has not reached the shared folder yet: it is kept on this seat and delivered as soon as the folder takes it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is on the shared folder but was refused: %3</source>
        <translation>Your last ballot in poll &quot;%1&quot; (%2) is on the shared folder but was refused: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder, and an older ballot of yours (sequence %3) counts in its place</source>
        <translation>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder, and an older ballot of yours (sequence %3) counts in its place</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder: no ballot of yours counts</source>
        <translation>Your last ballot in poll &quot;%1&quot; (%2) is missing from the shared folder: no ballot of yours counts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A ballot signed with this seat&apos;s own key, which this seat did not cast, counts for you in poll &quot;%1&quot; (sequence %2): someone else may hold this device&apos;s key</source>
        <translation>A ballot signed with this seat&apos;s own key, which this seat did not cast, counts for you in poll &quot;%1&quot; (sequence %2): someone else may hold this device&apos;s key</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your ballot for %1 (by proxy) in poll &quot;%2&quot; has not reached the shared folder yet</source>
        <translation>Your ballot for %1 (by proxy) in poll &quot;%2&quot; has not reached the shared folder yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ballot for %1 (by proxy) in poll &quot;%2&quot; was refused: %3</source>
        <translation>Your ballot for %1 (by proxy) in poll &quot;%2&quot; was refused: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; does not count your ballot for %2 (by proxy)</source>
        <translation>The chair&apos;s close of poll &quot;%1&quot; does not count your ballot for %2 (by proxy)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; counts your last ballot with other choices than you made</source>
        <translation>The chair&apos;s close of poll &quot;%1&quot; counts your last ballot with other choices than you made</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chair&apos;s close of poll &quot;%1&quot; does not count your last ballot</source>
        <translation>The chair&apos;s close of poll &quot;%1&quot; does not count your last ballot</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionstate.cpp" line="+53"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Absent with a reason</source>
        <translation>Absent with a reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent without a reason</source>
        <translation>Absent without a reason</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Not handled yet</source>
        <translation>Not handled yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionadmission.cpp" line="+97"/>
        <source>A revoked device wrote this %1: %2&apos;s device %3 (%4) is no longer in the roster, so it does not count</source>
        <translation>A revoked device wrote this %1: %2&apos;s device %3 (%4) is no longer in the roster, so it does not count</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unreadable record: %1</source>
        <translation>Unreadable record: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A poll opening that cites a roster revision this seat has not verified</source>
        <translation>A poll opening that cites a roster revision this seat has not verified</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Signed by a key the roster does not list</source>
        <translation>Signed by a key the roster does not list</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+20"/>
        <location line="+40"/>
        <source>Found in a folder other than its signing device&apos;s own</source>
        <translation>Found in a folder other than its signing device&apos;s own</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A correction of a conclusion signed by %1 (%2), who is not the chair, is ignored: only the chair corrects a conclusion</source>
        <translation>A correction of a conclusion signed by %1 (%2), who is not the chair, is ignored: only the chair corrects a conclusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision signed by %1 (%2), who is not the chair, is ignored</source>
        <translation>A decision signed by %1 (%2), who is not the chair, is ignored</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown kind of record: %1</source>
        <translation>Unknown kind of record: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record for another meeting</source>
        <translation>Record for another meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record without a valid time</source>
        <translation>Record without a valid time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the chair may do this (%1 is %2)</source>
        <translation>Only the chair may do this (%1 is %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the secretary or the chair may write a conclusion (%1 is %2)</source>
        <translation>Only the secretary or the chair may write a conclusion (%1 is %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dated %1, more than half an hour after this seat first saw it (%2): a time in the future is refused</source>
        <translation>Dated %1, more than half an hour after this seat first saw it (%2): a time in the future is refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dated %1, before the meeting&apos;s roster was issued (%2): such a time is refused</source>
        <translation>Dated %1, before the meeting&apos;s roster was issued (%2): such a time is refused</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionevents.cpp" line="+46"/>
        <source>Attendance record for someone not on the roster: %1</source>
        <translation>Attendance record for someone not on the roster: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record attendance for %2</source>
        <translation>%1 may not record attendance for %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A proxy must name another participant on the roster</source>
        <translation>A proxy must name another participant on the roster</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A draft conclusion cites a document by something that is not a SHA-256</source>
        <translation>A draft conclusion cites a document by something that is not a SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chair marked an agenda item with an unknown status</source>
        <translation>The chair marked an agenda item with an unknown status</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionspeakers.cpp" line="+96"/>
        <source>%1&apos;s request to speak is refused: its topic is longer than %2 characters</source>
        <translation>%1&apos;s request to speak is refused: its topic is longer than %2 characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s request to speak on item %2 is refused: the chair had closed the speakers&apos; list of that item</source>
        <translation>%1&apos;s request to speak on item %2 is refused: the chair had closed the speakers&apos; list of that item</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 withdrew a request to speak that is not on the share</source>
        <translation>%1 withdrew a request to speak that is not on the share</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not withdraw %2&apos;s request to speak: only the one who asked may</source>
        <translation>%1 may not withdraw %2&apos;s request to speak: only the one who asked may</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 withdrew a request to speak after the chair gave the floor: it stands</source>
        <translation>%1 withdrew a request to speak after the chair gave the floor: it stands</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The chair removed a request to speak that is not on the share</source>
        <translation>The chair removed a request to speak that is not on the share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action on the speakers&apos; list: %1</source>
        <translation>Unknown action on the speakers&apos; list: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A speaking time that is not a number of seconds from 0 to %1 is ignored</source>
        <translation>A speaking time that is not a number of seconds from 0 to %1 is ignored</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The chair called a request that is not on the share</source>
        <translation>The chair called a request that is not on the share</translation>
    </message>
    <message>
        <location filename="../../meeting_core/session/sessionpolls.cpp" line="+26"/>
        <source>Poll &quot;%1&quot; was opened twice; the first opening counts</source>
        <translation>Poll &quot;%1&quot; was opened twice; the first opening counts</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A close record for poll &quot;%1&quot; was refused: %2</source>
        <translation>A close record for poll &quot;%1&quot; was refused: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A close record for a poll that was never opened</source>
        <translation>A close record for a poll that was never opened</translation>
    </message>
</context>
<context>
    <name>phonghop::ShareReader</name>
    <message>
        <location filename="../../meeting_core/share/sharereader.cpp" line="+63"/>
        <source>The share %1 cannot be reached</source>
        <translation>The share %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PhòngHọp share (no %2)</source>
        <translation>%1 is not a PhòngHọp share (no %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged or incomplete</source>
        <translation>%1 is damaged or incomplete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no valid format version</source>
        <translation>%1 has no valid format version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This share was written by a newer PhòngHọp (share format %1; this version reads %2). Please update PhòngHọp.</source>
        <translation>This share was written by a newer PhòngHọp (share format %1; this version reads %2). Please update PhòngHọp.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no valid organisation key</source>
        <translation>%1 has no valid organisation key</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+51"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>its signature has not arrived yet</source>
        <translation>its signature has not arrived yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature cannot be read: %1</source>
        <translation>its signature cannot be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not signed by the organisation&apos;s key</source>
        <translation>it is not signed by the organisation&apos;s key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its signature does not match (incomplete or altered)</source>
        <translation>its signature does not match (incomplete or altered)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names another meeting or revision than its file name</source>
        <translation>it names another meeting or revision than its file name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a valid meeting id</source>
        <translation>&quot;%1&quot; is not a valid meeting id</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not a record name: %1</source>
        <translation>not a record name: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ShareWriter</name>
    <message>
        <location filename="../../meeting_core/share/sharewriter.cpp" line="+43"/>
        <location line="+22"/>
        <location line="+24"/>
        <source>Cannot create %1 in the share</source>
        <translation>Cannot create %1 in the share</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+35"/>
        <source>This share belongs to another organisation key</source>
        <translation>This share belongs to another organisation key</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot write to the share: %1</source>
        <translation>Cannot write to the share: %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+42"/>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Writing to the share failed: %1</source>
        <translation>Writing to the share failed: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 changed while it was being copied; try again once it is saved</source>
        <translation>%1 changed while it was being copied; try again once it is saved</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+160"/>
        <source>&quot;%1/%2&quot; is not a valid record name</source>
        <translation>&quot;%1/%2&quot; is not a valid record name</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>%1 could not be replaced in the shared folder</source>
        <translation>%1 could not be replaced in the shared folder</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write to the share</source>
        <translation>Cannot write to the share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 is taken on the share by another file</source>
        <translation>The name %1 is taken on the share by another file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting&apos;s session log is full</source>
        <translation>The meeting&apos;s session log is full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the meeting&apos;s session log in the share</source>
        <translation>Cannot create the meeting&apos;s session log in the share</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot create this device&apos;s folder in the share</source>
        <translation>Cannot create this device&apos;s folder in the share</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already exists in the share with other content</source>
        <translation>%1 already exists in the share with other content</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a valid meeting id</source>
        <translation>&quot;%1&quot; is not a valid meeting id</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Meeting %1 has not been published in this shared folder with this organisation key; its status cannot be published.</source>
        <translation>Meeting %1 has not been published in this shared folder with this organisation key; its status cannot be published.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The status of meeting %1 is being published by someone else; try again</source>
        <translation>The status of meeting %1 is being published by someone else; try again</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a confidential document needs a shared folder in format 2.1 or later; upgrade the shared folder first (phonghop-cli org upgrade-share)</source>
        <translation>a confidential document needs a shared folder in format 2.1 or later; upgrade the shared folder first (phonghop-cli org upgrade-share)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the meeting&apos;s folder in the share</source>
        <translation>Cannot create the meeting&apos;s folder in the share</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A newer revision (%1) of this meeting has been published since revision %2; open it and publish again.</source>
        <translation>A newer revision (%1) of this meeting has been published since revision %2; open it and publish again.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+23"/>
        <source>Revision %1 is being published by someone else; try again</source>
        <translation>Revision %1 is being published by someone else; try again</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Meeting %1: files in the shared folder use revision numbers that are not valid revisions (%2); they were ignored and nothing was built on them.</source>
        <translation>Meeting %1: files in the shared folder use revision numbers that are not valid revisions (%2); they were ignored and nothing was built on them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting %1 has no revision number left below %2; nothing was published.</source>
        <translation>Meeting %1 has no revision number left below %2; nothing was published.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>it has %1 bytes instead of %2</source>
        <translation>it has %1 bytes instead of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its bytes do not match its name (SHA-256)</source>
        <translation>its bytes do not match its name (SHA-256)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 in the shared folder is damaged (%2) and could not be replaced</source>
        <translation>%1 in the shared folder is damaged (%2) and could not be replaced</translation>
    </message>
</context>
<context>
    <name>phonghop::SignedRecord</name>
    <message>
        <location filename="../../meeting_core/trust/signedrecord.cpp" line="+76"/>
        <source>The record is empty (not fully written yet?)</source>
        <translation>The record is empty (not fully written yet?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is larger than any valid record</source>
        <translation>The record is larger than any valid record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is not valid JSON (truncated or damaged)</source>
        <translation>The record is not valid JSON (truncated or damaged)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record has no valid format number</source>
        <translation>The record has no valid format number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was written in format %1 by a newer version of PhòngHọp; this version reads format %2</source>
        <translation>The record was written in format %1 by a newer version of PhòngHọp; this version reads format %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record has no valid kind</source>
        <translation>The record has no valid kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record misses its payload, signer or signature</source>
        <translation>The record misses its payload, signer or signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record&apos;s signature does not match its content</source>
        <translation>The record&apos;s signature does not match its content</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s payload is not a JSON object</source>
        <translation>The record&apos;s payload is not a JSON object</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expected a record of kind &quot;%1&quot; but found &quot;%2&quot;</source>
        <translation>Expected a record of kind &quot;%1&quot; but found &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>phonghop::Statistics</name>
    <message>
        <location filename="../../meeting_core/stats/statistics.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a date: give YYYY-MM-DD or a full ISO 8601 date and time (2026-03-01T08:00:00+07:00)</source>
        <translation>&quot;%1&quot; is not a date: give YYYY-MM-DD or a full ISO 8601 date and time (2026-03-01T08:00:00+07:00)</translation>
    </message>
    <message>
        <location filename="../../meeting_core/stats/statisticsexport.cpp" line="+73"/>
        <location line="+98"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+97"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>by the voting rule</source>
        <translation>by the voting rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the chair&apos;s casting vote</source>
        <translation>by the chair&apos;s casting vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum not met</source>
        <translation>quorum not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no votes</source>
        <translation>no votes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no kind)</source>
        <translation>(no kind)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attendance per person</source>
        <translation>Attendance per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent with reason</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent without reason</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By proxy</source>
        <translation>By proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speeches and questions per person</source>
        <translation>Speeches and questions per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Speeches and questions per agenda item</source>
        <translation>Speeches and questions per agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Polls and their outcomes</source>
        <translation>Polls and their outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll outcomes</source>
        <translation>Poll outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents per meeting</source>
        <translation>Documents per meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Highest version</source>
        <translation>Highest version</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>With more than one version</source>
        <translation>With more than one version</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One version</source>
        <translation>One version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>Revised</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Documents per kind</source>
        <translation>Documents per kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written consultations: answer rates</source>
        <translation>Written consultations: answer rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members asked</source>
        <translation>Members asked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Answer rate</source>
        <translation>Answer rate</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing to show for this period</source>
        <translation>Nothing to show for this period</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>… %n more not shown</source>
        <translation>
            <numerusform>… %n more not shown</numerusform>
            <numerusform>… %n more not shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+129"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings without a session summary (not in the figures)</source>
        <translation>Meetings without a session summary (not in the figures)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>None in this period.</source>
        <translation>None in this period.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>STATISTICS OF MEETINGS</source>
        <translation>STATISTICS OF MEETINGS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first meeting</source>
        <translation>the first meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last meeting</source>
        <translation>the last meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all units</source>
        <translation>all units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings: %1</source>
        <translation>Meetings: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings without a session summary (not in the figures): %1</source>
        <translation>Meetings without a session summary (not in the figures): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../meeting_core/stats/summaryupdate.cpp" line="+32"/>
        <source>The cache cannot be read: %1</source>
        <translation>The cache cannot be read: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shared folder is known to this cache (give --share)</source>
        <translation>No shared folder is known to this cache (give --share)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the shared folder cannot be read</source>
        <translation>%1: the shared folder cannot be read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no roster on the shared folder</source>
        <translation>no roster on the shared folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the session has more records than were read; its summary was left as it was</source>
        <translation>%1: the session has more records than were read; its summary was left as it was</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the session&apos;s summary could not be kept: %2</source>
        <translation>%1: the session&apos;s summary could not be kept: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::SyncEngine</name>
    <message>
        <location filename="../../meeting_core/sync/syncengine.cpp" line="+220"/>
        <source>The share presents the organisation key %1, but this computer is set up to trust only %2. Nothing was read.</source>
        <translation>The share presents the organisation key %1, but this computer is set up to trust only %2. Nothing was read.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The share presents another organisation key (%1) than the one this installation trusts (%2). Nothing was read.</source>
        <translation>The share presents another organisation key (%1) than the one this installation trusts (%2). Nothing was read.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be delivered to the share: %2</source>
        <translation>%1 could not be delivered to the share: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the confidential document &quot;%1&quot; is published in clear without being declassified</source>
        <translation>the confidential document &quot;%1&quot; is published in clear without being declassified</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meeting %1, revision %2 was rejected: %3</source>
        <translation>Meeting %1, revision %2 was rejected: %3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document &quot;%1&quot; %2</source>
        <translation>the document &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be copied: %1</source>
        <translation>could not be copied: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has not arrived yet</source>
        <translation>has not arrived yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting &quot;%1&quot; (revision %2) is not updated yet: %3</source>
        <translation>Meeting &quot;%1&quot; (revision %2) is not updated yet: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Meeting %1: status record %2 was refused: %3</source>
        <translation>Meeting %1: status record %2 was refused: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consultations were not read: %1</source>
        <translation>Consultations were not read: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share %1 became unreachable during the sync; the cache keeps its last good state</source>
        <translation>The share %1 became unreachable during the sync; the cache keeps its last good state</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk is full: the cache could not be updated and keeps its last good state</source>
        <translation>The disk is full: the cache could not be updated and keeps its last good state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local cache could not be updated: %1</source>
        <translation>The local cache could not be updated: %1</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>&quot;%1&quot; is not a key fingerprint (32 hexadecimal digits), so this computer cannot check the share&apos;s key. Nothing was read.</source>
        <translation>&quot;%1&quot; is not a key fingerprint (32 hexadecimal digits), so this computer cannot check the share&apos;s key. Nothing was read.</translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>The organisation revoked this device: its confidential documents were deleted from this computer (%n file(s)).</source>
        <translation>
            <numerusform>The organisation revoked this device: its confidential documents were deleted from this computer (%n file(s)).</numerusform>
            <numerusform>The organisation revoked this device: its confidential documents were deleted from this computer (%n file(s)).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s) updated</source>
        <translation>
            <numerusform>%n meeting updated</numerusform>
            <numerusform>%n meetings updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; %n meeting(s) outside this seat&apos;s scope not copied</source>
        <translation>
            <numerusform>%1; %n meeting(s) outside this seat&apos;s scope not copied</numerusform>
            <numerusform>%1; %n meeting(s) outside this seat&apos;s scope not copied</numerusform>
        </translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The shared folder belongs to &quot;%1&quot;, whose organisation key has the fingerprint %2. This seat has not confirmed it yet: compare it with the fingerprint your IT staff gave you before trusting it. Nothing was read.</source>
        <translation>The shared folder belongs to &quot;%1&quot;, whose organisation key has the fingerprint %2. This seat has not confirmed it yet: compare it with the fingerprint your IT staff gave you before trusting it. Nothing was read.</translation>
    </message>
</context>
<context>
    <name>phonghop::SystemKeyStore</name>
    <message>
        <location filename="../../meeting_core/trust/systemkeystore.cpp" line="+60"/>
        <source>The system key store cannot be reached.</source>
        <translation>The system key store cannot be reached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system key store cannot be reached: %1</source>
        <translation>The system key store cannot be reached: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <location line="+23"/>
        <location line="+22"/>
        <source>There is no desktop session bus to reach a system key store on.</source>
        <translation>There is no desktop session bus to reach a system key store on.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>PhòngHọp: the key of device %1</source>
        <translation>PhòngHọp: the key of device %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system key store did not keep the device key&apos;s secret: %1</source>
        <translation>The system key store did not keep the device key&apos;s secret: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The system key store holds no secret for this device&apos;s key (it was deleted, or this is another user&apos;s login).</source>
        <translation>The system key store holds no secret for this device&apos;s key (it was deleted, or this is another user&apos;s login).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret the system key store holds for this device&apos;s key is damaged.</source>
        <translation>The secret the system key store holds for this device&apos;s key is damaged.</translation>
    </message>
</context>
<context>
    <name>phonghop::Tally</name>
    <message>
        <location filename="../../meeting_core/voting/tally.cpp" line="+93"/>
        <source>The ballot carries no weight</source>
        <translation>The ballot carries no weight</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voter is not a member entitled to vote</source>
        <translation>The voter is not a member entitled to vote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A second ballot from the same voter; only the first is counted</source>
        <translation>A second ballot from the same voter; only the first is counted</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not valid: members with %1 of %2 votes are present, which does not meet the quorum. %3</source>
        <translation>Not valid: members with %1 of %2 votes are present, which does not meet the quorum. %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not passed: there is nothing to count against. %1</source>
        <translation>Not passed: there is nothing to count against. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No option reached the threshold. %1</source>
        <translation>No option reached the threshold. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected: %1. %2</source>
        <translation>Elected: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options level for the last seat are undecided.</source>
        <translation>Options level for the last seat are undecided.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</source>
        <translation>Passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</source>
        <translation>Not passed: &quot;%1&quot; has %2 of %3 votes (%4%). %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</source>
        <translation>Passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</source>
        <translation>Not passed: &quot;%1&quot; and &quot;%2&quot; are level at %3 votes and the chair voted &quot;%4&quot;. %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sides are level but the chair&apos;s side is not known (the chair did not vote Yes or No, or the poll is secret).</source>
        <translation>The sides are level but the chair&apos;s side is not known (the chair did not vote Yes or No, or the poll is secret).</translation>
    </message>
</context>
<context>
    <name>phonghop::TextEncoding</name>
    <message>
        <location filename="../../meeting_core/publish/textencoding.cpp" line="+134"/>
        <source>The file is not in UTF-8, and it does not read as Vietnamese Windows-1258 either (it may be TCVN3 or VNI). Save it again as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>The file is not in UTF-8, and it does not read as Vietnamese Windows-1258 either (it may be TCVN3 or VNI). Save it again as &quot;CSV UTF-8&quot; and import that file.</translation>
    </message>
</context>
<context>
    <name>phonghop::Watermark</name>
    <message>
        <location filename="../../meeting_core/pdf/watermark.cpp" line="+91"/>
        <source>Cancelled: the copy was not saved.</source>
        <translation>Cancelled: the copy was not saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document is protected by a password.</source>
        <translation>The document is protected by a password.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CacheCommands</name>
    <message>
        <location filename="../../app/cli/cachecommands.cpp" line="+33"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 exists and is not the demo&apos;s key; it was left as it is</source>
        <translation>%1 exists and is not the demo&apos;s key; it was left as it is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase for the demo key %1: </source>
        <translation>New passphrase for the demo key %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo share written to %1</source>
        <translation>Demo share written to %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a key fingerprint: it has 32 hexadecimal digits, in groups of four (3f2a-9c1d-...)</source>
        <translation>&quot;%1&quot; is not a key fingerprint: it has 32 hexadecimal digits, in groups of four (3f2a-9c1d-...)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a sync scope: own or all</source>
        <translation>&quot;%1&quot; is not a sync scope: own or all</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fingerprint given (%1) differs from the one this computer is set up to trust (%2). Nothing was read.</source>
        <translation>The fingerprint given (%1) differs from the one this computer is set up to trust (%2). Nothing was read.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This seat does not trust the organisation &quot;%1&quot; yet; nothing was read. Its key fingerprint is %2: run again with --expect-fingerprint %2 after comparing it with the one your IT staff gave you.</source>
        <translation>This seat does not trust the organisation &quot;%1&quot; yet; nothing was read. Its key fingerprint is %2: run again with --expect-fingerprint %2 after comparing it with the one your IT staff gave you.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 meeting(s) updated, %2 document(s) copied (%3 MB)</source>
        <translation>%1 meeting(s) updated, %2 document(s) copied (%3 MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 meeting(s) outside this seat&apos;s scope not copied (its person takes no part; sync --scope all copies them)</source>
        <translation>%1 meeting(s) outside this seat&apos;s scope not copied (its person takes no part; sync --scope all copies them)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 meeting(s) left this seat&apos;s scope: their documents left the cache (annotations and notes stay)</source>
        <translation>%1 meeting(s) left this seat&apos;s scope: their documents left the cache (annotations and notes stay)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 document file(s) of past meetings evicted (%2 MB freed)</source>
        <translation>%1 document file(s) of past meetings evicted (%2 MB freed)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CacheRetentionCommands</name>
    <message>
        <location filename="../../app/cli/cacheretentioncommands.cpp" line="+46"/>
        <location line="+45"/>
        <location line="+32"/>
        <source>Usage: phonghop-cli cache %1</source>
        <translation>Usage: phonghop-cli cache %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Cache: %1 MB, of which documents %2 MB</source>
        <translation>Cache: %1 MB, of which documents %2 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents of past meetings are kept (never evicted)</source>
        <translation>Documents of past meetings are kept (never evicted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eviction of documents of meetings that ended more than %1 day(s) ago would free %2 MB (%3 file(s) of %4 meeting(s))</source>
        <translation>Eviction of documents of meetings that ended more than %1 day(s) ago would free %2 MB (%3 file(s) of %4 meeting(s))</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With 0 days documents are never evicted: give --days N (N &gt; 0).</source>
        <translation>With 0 days documents are never evicted: give --days N (N &gt; 0).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 document file(s) of meetings that ended more than %2 day(s) ago deleted from the cache (%3 MB freed); they can be fetched again from the share</source>
        <translation>%1 document file(s) of meetings that ended more than %2 day(s) ago deleted from the cache (%3 MB freed); they can be fetched again from the share</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting “%1” is not in the cache: sync first.</source>
        <translation>The meeting “%1” is not in the cache: sync first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” fetched again from the share</source>
        <translation>“%1” fetched again from the share</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting has no document “%1”.</source>
        <translation>The meeting has no document “%1”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a number of days (0 to %2; 0: never evict)</source>
        <translation>&quot;%1&quot; is not a number of days (0 to %2; 0: never evict)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache&apos;s size on disk, its documents, and what eviction would free</source>
        <translation>The cache&apos;s size on disk, its documents, and what eviction would free</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the documents of meetings that ended more than N days ago (their agendas, annotations and notes stay)</source>
        <translation>Delete the documents of meetings that ended more than N days ago (their agendas, annotations and notes stay)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch one document again from the share (verified by its SHA-256)</source>
        <translation>Fetch one document again from the share (verified by its SHA-256)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::CommandLineTool</name>
    <message>
        <location filename="../../app/cli/commandlinetool.cpp" line="+22"/>
        <source>Set up an organisation&apos;s share and its protected key, read its fingerprint (org --help)</source>
        <translation>Set up an organisation&apos;s share and its protected key, read its fingerprint (org --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation&apos;s directory of people, signed with its key (people --help)</source>
        <translation>The organisation&apos;s directory of people, signed with its key (people --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol a seat&apos;s device as a person of the directory, answer requests, revoke (enrol --help)</source>
        <translation>Enrol a seat&apos;s device as a person of the directory, answer requests, revoke (enrol --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the Vietnamese demo share into DIR</source>
        <translation>Write the Vietnamese demo share into DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the local cache up to date from the share</source>
        <translation>Bring the local cache up to date from the share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the cached meetings, agenda items and documents</source>
        <translation>List the cached meetings, agenda items and documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache&apos;s size, evicting past meetings&apos; documents, fetching one again (cache --help)</source>
        <translation>The cache&apos;s size, evicting past meetings&apos; documents, fetching one again (cache --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a cached document to a file; a confidential one only on a recipient&apos;s device (document --help)</source>
        <translation>Save a cached document to a file; a confidential one only on a recipient&apos;s device (document --help)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This seat&apos;s device key at rest: protect it with a PIN (device --help)</source>
        <translation>This seat&apos;s device key at rest: protect it with a PIN (device --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute a poll&apos;s result from a poll file (docs/poll-format.md)</source>
        <translation>Compute a poll&apos;s result from a poll file (docs/poll-format.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the cached meetings&apos; documents, agendas and notes</source>
        <translation>Search the cached meetings&apos; documents, agendas and notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate a meeting and publish it, signed, to the share (docs/publish-format.md)</source>
        <translation>Validate a meeting and publish it, signed, to the share (docs/publish-format.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a meeting&apos;s status: postponed, cancelled, finished (meeting --help)</source>
        <translation>Publish a meeting&apos;s status: postponed, cancelled, finished (meeting --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the live session&apos;s record, export it, check in and vote, or run it as the chair (session --help)</source>
        <translation>Check the live session&apos;s record, export it, check in and vote, or run it as the chair (session --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written consultations of the members: publish, answer before the deadline, follow, close and report (consult --help)</source>
        <translation>Written consultations of the members: publish, answer before the deadline, follow, close and report (consult --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics of a period: attendance, speeches and questions, polls, documents, consultations (stats --help)</source>
        <translation>Statistics of a period: attendance, speeches and questions, polls, documents, consultations (stats --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: phonghop-cli COMMAND [OPTIONS]</source>
        <translation>Usage: phonghop-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the version and those of its libraries</source>
        <translation>Print the version and those of its libraries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: phonghop-cli %1 SUBCOMMAND [OPTIONS]</source>
        <translation>Usage: phonghop-cli %1 SUBCOMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: phonghop-cli %1 %2</source>
        <translation>Usage: phonghop-cli %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown subcommand: %1 %2</source>
        <translation>Unknown subcommand: %1 %2</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::ConsultCommands</name>
    <message>
        <location filename="../../app/cli/consultcommands.cpp" line="+55"/>
        <source>Usage: phonghop-cli consult %1</source>
        <translation>Usage: phonghop-cli consult %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The shared folder %1 cannot be reached</source>
        <translation>The shared folder %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Consultation %1 (revision %2): %3</source>
        <translation>Consultation %1 (revision %2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by %1; deadline %2%3</source>
        <translation>Issued by %1; deadline %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (closed at %1)</source>
        <translation> (closed at %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed, not closed yet)</source>
        <translation> (passed, not closed yet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members: %1 answered every question out of %2</source>
        <translation>Members: %1 answered every question out of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — not answered (%1 of %2 questions)</source>
        <translation> — not answered (%1 of %2 questions)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To remind: %1</source>
        <translation>To remind: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close refused: %1</source>
        <translation>Close refused: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was refused: member &quot;%2&quot; is not a current person of the directory</source>
        <translation>%1 was refused: member &quot;%2&quot; is not a current person of the directory</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Consultation %1 published: revision %2 (%3 members, %4 questions, deadline %5)</source>
        <translation>Consultation %1 published: revision %2 (%3 members, %4 questions, deadline %5)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No consultation %1 on the shared folder</source>
        <translation>No consultation %1 on the shared folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consultation %1 has no question %2 (its questions: %3)</source>
        <translation>Consultation %1 has no question %2 (its questions: %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not an answer to question %2: use agree, disagree or other (Đồng ý, Không đồng ý, Ý kiến khác)</source>
        <translation>&quot;%1&quot; is not an answer to question %2: use agree, disagree or other (Đồng ý, Không đồng ý, Ý kiến khác)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The deadline of &quot;%1&quot; passed at %2: this seat no longer accepts answers, and the office would not count one</source>
        <translation>The deadline of &quot;%1&quot; passed at %2: this seat no longer accepts answers, and the office would not count one</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer to %1 changed: %2</source>
        <translation>Answer to %1 changed: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered %1: %2</source>
        <translation>Answered %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share)</source>
        <translation>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Consultation %1 closed (close record %2): %3 answers counted; %4 members answered, %5 did not</source>
        <translation>Consultation %1 closed (close record %2): %3 answers counted; %4 members answered, %5 did not</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No consultation in this cache</source>
        <translation>No consultation in this cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline passed</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  — %n question(s) unanswered</source>
        <translation>
            <numerusform>  — %n question(s) unanswered</numerusform>
            <numerusform>  — %n question(s) unanswered</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The consultation “%1” is not in the cache: sync first.</source>
        <translation>The consultation “%1” is not in the cache: sync first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The consultation has no document “%1”.</source>
        <translation>The consultation has no document “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved “%1” to %2</source>
        <translation>Saved “%1” to %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish a consultation from a CONSULTATION.json, signed with the organisation key (documents: PDF or office files, paths relative to the JSON&apos;s folder)</source>
        <translation>Publish a consultation from a CONSULTATION.json, signed with the organisation key (documents: PDF or office files, paths relative to the JSON&apos;s folder)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write a consultation&apos;s document to a file as this seat may read it (a confidential one only on a member&apos;s enrolled device, watermarked)</source>
        <translation>Write a consultation&apos;s document to a file as this seat may read it (a confidential one only on a member&apos;s enrolled device, watermarked)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Answer (or change the answer to) one question from a member&apos;s seat, before the deadline; also Đồng ý, Không đồng ý, Ý kiến khác</source>
        <translation>Answer (or change the answer to) one question from a member&apos;s seat, before the deadline; also Đồng ý, Không đồng ý, Ý kiến khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who answered and who did not, each answer and comment, the count of each question; on a member&apos;s seat (--cache) also its recount of the close. Needs --share and either --cache (a seat) or --key (the office)</source>
        <translation>Who answered and who did not, each answer and comment, the count of each question; on a member&apos;s seat (--cache) also its recount of the close. Needs --share and either --cache (a seat) or --key (the office)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close after the deadline (--early: before it, on purpose) with a signed record of the count</source>
        <translation>Close after the deadline (--early: before it, on purpose) with a signed record of the count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the summary report (Báo cáo tổng hợp ý kiến) as PDF, or as CSV</source>
        <translation>Write the summary report (Báo cáo tổng hợp ý kiến) as PDF, or as CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consultations in a seat&apos;s cache with their deadlines and unanswered questions (--share: look at the share first)</source>
        <translation>The consultations in a seat&apos;s cache with their deadlines and unanswered questions (--share: look at the share first)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::DeviceCommands</name>
    <message>
        <location filename="../../app/cli/devicecommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli device %1</source>
        <translation>Usage: phonghop-cli device %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no device key in %1</source>
        <translation>There is no device key in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PIN of this device&apos;s key</source>
        <translation>the PIN of this device&apos;s key</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The device key in %1 cannot be read</source>
        <translation>The device key in %1 cannot be read</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Device %1 (fingerprint %2)</source>
        <translation>Device %1 (fingerprint %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is kept by the system key store (opened by the desktop&apos;s login).</source>
        <translation>Its key is kept by the system key store (opened by the desktop&apos;s login).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is protected by a PIN.</source>
        <translation>Its key is protected by a PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its key has no PIN: whoever can read this folder can sign as this device and open its confidential documents.</source>
        <translation>Its key has no PIN: whoever can read this folder can sign as this device and open its confidential documents.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This device&apos;s key is now kept by the system key store: the desktop&apos;s login opens it, no PIN is asked.</source>
        <translation>This device&apos;s key is now kept by the system key store: the desktop&apos;s login opens it, no PIN is asked.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device&apos;s key is kept by the system key store; remove that first (device remove-pin).</source>
        <translation>This device&apos;s key is kept by the system key store; remove that first (device remove-pin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device&apos;s key is already protected by a PIN; change the PIN instead.</source>
        <translation>This device&apos;s key is already protected by a PIN; change the PIN instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>New PIN: </source>
        <translation>New PIN: </translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This device&apos;s key is now protected by the PIN; it is asked when the app starts (and read from %1 by phonghop-cli).</source>
        <translation>This device&apos;s key is now protected by the PIN; it is asked when the app starts (and read from %1 by phonghop-cli).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+32"/>
        <source>Current PIN: </source>
        <translation>Current PIN: </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The PIN of this device&apos;s key was changed.</source>
        <translation>The PIN of this device&apos;s key was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This device&apos;s key is no longer kept by the system key store.</source>
        <translation>This device&apos;s key is no longer kept by the system key store.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device&apos;s key no longer has a PIN.</source>
        <translation>This device&apos;s key no longer has a PIN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This seat&apos;s device id and whether a PIN protects its key</source>
        <translation>This seat&apos;s device id and whether a PIN protects its key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this seat&apos;s device key with a PIN (from %1, or asked), or with --keystore by the system key store</source>
        <translation>Protect this seat&apos;s device key with a PIN (from %1, or asked), or with --keystore by the system key store</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep this seat&apos;s device key without a PIN (or key store) again</source>
        <translation>Keep this seat&apos;s device key without a PIN (or key store) again</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Change the PIN (the current one from %1, the new one from %2, or asked)</source>
        <translation>Change the PIN (the current one from %1, the new one from %2, or asked)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::DocumentCommands</name>
    <message>
        <location filename="../../app/cli/documentcommands.cpp" line="+42"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting “%1” is not for this seat: its person does not take part in it.</source>
        <translation>The meeting “%1” is not for this seat: its person does not take part in it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting “%1” is not in the cache: sync first.</source>
        <translation>The meeting “%1” is not in the cache: sync first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting has no document “%1”.</source>
        <translation>The meeting has no document “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved “%1” to %2</source>
        <translation>Saved “%1” to %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a cached document to a file as this seat may read it (a confidential one only on a recipient&apos;s device)</source>
        <translation>Write a cached document to a file as this seat may read it (a confidential one only on a recipient&apos;s device)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::EnrolCommands</name>
    <message>
        <location filename="../../app/cli/enrolcommands.cpp" line="+47"/>
        <source>Usage: phonghop-cli enrol %1</source>
        <translation>Usage: phonghop-cli enrol %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a device fingerprint (eight groups of four: 3f2a-9c1d-…)</source>
        <translation>%1 is not a device fingerprint (eight groups of four: 3f2a-9c1d-…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enrolment request waits with the fingerprint %1 (phonghop-cli enrol list shows those that do); nothing was changed</source>
        <translation>No enrolment request waits with the fingerprint %1 (phonghop-cli enrol list shows those that do); nothing was changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory has no device with the fingerprint %1; nothing was changed</source>
        <translation>The directory has no device with the fingerprint %1; nothing was changed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The organisation&apos;s directory has nobody with the id %1 (phonghop-cli people list shows who it has); no request was written</source>
        <translation>The organisation&apos;s directory has nobody with the id %1 (phonghop-cli people list shows who it has); no request was written</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) is retired from the directory; no request was written</source>
        <translation>%1 (%2) is retired from the directory; no request was written</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device (fingerprint %1) was revoked; a revoked device cannot be enrolled again. Enrol another device, or this one with a new cache folder</source>
        <translation>This device (fingerprint %1) was revoked; a revoked device cannot be enrolled again. Enrol another device, or this one with a new cache folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device (fingerprint %1) is already enrolled for %2 (%3)</source>
        <translation>This device (fingerprint %1) is already enrolled for %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is already enrolled for %1 (%2); fingerprint %3</source>
        <translation>This device is already enrolled for %1 (%2); fingerprint %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolment requested for %1 (%2) in %3</source>
        <translation>Enrolment requested for %1 (%2) in %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device fingerprint: %1</source>
        <translation>Device fingerprint: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison code: %1</source>
        <translation>Comparison code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretary compares this code with their screen before approving the request.</source>
        <translation>The secretary compares this code with their screen before approving the request.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No enrolment request is waiting</source>
        <translation>No enrolment request is waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), &quot;%3&quot;, asked %4</source>
        <translation>%1 (%2), &quot;%3&quot;, asked %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fingerprint %1, code %2</source>
        <translation>fingerprint %1, code %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The directory could not be read again to update the rosters: %1. Publish the meetings again</source>
        <translation>The directory could not be read again to update the rosters: %1. Publish the meetings again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the meetings again to update their rosters</source>
        <translation>Publish the meetings again to update their rosters</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The device %1 is already enrolled for %2 (%3)</source>
        <translation>The device %1 is already enrolled for %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device %1 of %2 (%3) was revoked; it cannot be approved again</source>
        <translation>The device %1 of %2 (%3) was revoked; it cannot be approved again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved: the device &quot;%1&quot; (fingerprint %2) is enrolled for %3 (%4)</source>
        <translation>Approved: the device &quot;%1&quot; (fingerprint %2) is enrolled for %3 (%4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rejected: the request of the device &quot;%1&quot; (fingerprint %2) for %3 (%4)</source>
        <translation>Rejected: the request of the device &quot;%1&quot; (fingerprint %2) for %3 (%4)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The device %1 of %2 (%3) is already revoked</source>
        <translation>The device %1 of %2 (%3) is already revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoked: the device &quot;%1&quot; (fingerprint %2) of %3 (%4); what it writes from now on is refused</source>
        <translation>Revoked: the device &quot;%1&quot; (fingerprint %2) of %3 (%4); what it writes from now on is refused</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask to enrol this seat (its cache&apos;s device key) as a person of the directory</source>
        <translation>Ask to enrol this seat (its cache&apos;s device key) as a person of the directory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment requests waiting for an answer</source>
        <translation>The enrolment requests waiting for an answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol the requesting device, after comparing the code; rosters of meetings to come follow</source>
        <translation>Enrol the requesting device, after comparing the code; rosters of meetings to come follow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse an enrolment request</source>
        <translation>Refuse an enrolment request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke an enrolled device (a lost tablet); rosters of meetings to come follow</source>
        <translation>Revoke an enrolled device (a lost tablet); rosters of meetings to come follow</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::MeetingCommands</name>
    <message>
        <location filename="../../app/cli/meetingcommands.cpp" line="+36"/>
        <source>Usage: phonghop-cli meeting %1</source>
        <translation>Usage: phonghop-cli meeting %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &quot;%1&quot;: use scheduled, postponed, cancelled or finished</source>
        <translation>Unknown status &quot;%1&quot;: use scheduled, postponed, cancelled or finished</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--until needs a date and time with its offset, such as 2026-12-15T08:00:00+07:00: %1</source>
        <translation>--until needs a date and time with its offset, such as 2026-12-15T08:00:00+07:00: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meeting %1: status record %2 published: %3</source>
        <translation>Meeting %1: status record %2 published: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Publish that a meeting is postponed (new time, reason), cancelled (reason), finished or scheduled again, signed with the organisation key</source>
        <translation>Publish that a meeting is postponed (new time, reason), cancelled (reason), finished or scheduled again, signed with the organisation key</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::OrgAccess</name>
    <message>
        <location filename="../../app/cli/orgaccess.cpp" line="+33"/>
        <source>The share %1 cannot be reached</source>
        <translation>The share %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The share names the organisation key %1, but this seat trusts %2: it is not this seat&apos;s organisation</source>
        <translation>The share names the organisation key %1, but this seat trusts %2: it is not this seat&apos;s organisation</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The roster of meeting %1 was not updated: %2</source>
        <translation>The roster of meeting %1 was not updated: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roster of meeting %1 (%2) republished: revision %3</source>
        <translation>Roster of meeting %1 (%2) republished: revision %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roster of a meeting to come needed a new revision; meetings published from now on include this change</source>
        <translation>No roster of a meeting to come needed a new revision; meetings published from now on include this change</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::OrgCommands</name>
    <message>
        <location filename="../../app/cli/orgcommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli org %1</source>
        <translation>Usage: phonghop-cli org %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+144"/>
        <source>The backup copy must be another file than the key file</source>
        <translation>The backup copy must be another file than the key file</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The key file %1 already exists; it was left as it is (an organisation key is never replaced). Choose another file name</source>
        <translation>The key file %1 already exists; it was left as it is (an organisation key is never replaced). Choose another file name</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>The backup file %1 already exists; it was left as it is. Choose another file name</source>
        <translation>The backup file %1 already exists; it was left as it is. Choose another file name</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 already holds the share of the organisation &quot;%2&quot; (key fingerprint %3); nothing was changed</source>
        <translation>%1 already holds the share of the organisation &quot;%2&quot; (key fingerprint %3); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a PhòngHọp share; nothing was changed</source>
        <translation>%1 already holds a PhòngHọp share; nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty: an organisation&apos;s share is set up in an empty folder; nothing was changed</source>
        <translation>%1 is not empty: an organisation&apos;s share is set up in an empty folder; nothing was changed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase for the organisation key %1: </source>
        <translation>New passphrase for the organisation key %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Warning: the passphrase is short; whoever gets the key file can try short passphrases quickly</source>
        <translation>Warning: the passphrase is short; whoever gets the key file can try short passphrases quickly</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Organisation &quot;%1&quot; set up in %2</source>
        <translation>Organisation &quot;%1&quot; set up in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Key file: %1 (protected by its passphrase)</source>
        <translation>Key file: %1 (protected by its passphrase)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup copy: %1 (the same passphrase); keep it apart from the key file</source>
        <translation>Backup copy: %1 (the same passphrase); keep it apart from the key file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the fingerprint and keep it at IT: every machine is checked against it.</source>
        <translation>Print the fingerprint and keep it at IT: every machine is checked against it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup copy was not written: %1. Make one with phonghop-cli org backup-key --key %2 --to FILE</source>
        <translation>The backup copy was not written: %1. Make one with phonghop-cli org backup-key --key %2 --to FILE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share format: %1</source>
        <translation>Share format: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what the share says: compare the fingerprint with the one printed when the organisation was set up.</source>
        <translation>This is what the share says: compare the fingerprint with the one printed when the organisation was set up.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passphrase for the copy %1: </source>
        <translation>Passphrase for the copy %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the copy %1 (Enter: the same as the key&apos;s): </source>
        <translation>Passphrase for the copy %1 (Enter: the same as the key&apos;s): </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A passphrase is needed for the copy %1: set %2 or %3, or run the command on a terminal</source>
        <translation>A passphrase is needed for the copy %1: set %2 or %3, or run the command on a terminal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy %1 could not be read back, so it was removed: %2</source>
        <translation>The copy %1 could not be read back, so it was removed: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup copy written to %1 (key fingerprint %2); keep it apart from the key file</source>
        <translation>Backup copy written to %1 (key fingerprint %2); keep it apart from the key file</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key %1 is not the key of this share&apos;s organisation (fingerprint %2); nothing was changed</source>
        <translation>The key %1 is not the key of this share&apos;s organisation (fingerprint %2); nothing was changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share %1 already has format %2; its index was checked</source>
        <translation>The share %1 already has format %2; its index was checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share %1 now has format %2. Seats of an earlier PhòngHọp will ask to be updated at their next sync.</source>
        <translation>The share %1 now has format %2. Seats of an earlier PhòngHọp will ask to be updated at their next sync.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set up a new organisation&apos;s share in an empty folder, with a new protected key</source>
        <translation>Set up a new organisation&apos;s share in an empty folder, with a new protected key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share&apos;s organisation, key fingerprint and format version</source>
        <translation>The share&apos;s organisation, key fingerprint and format version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a second protected copy of the organisation key (its passphrase from %1, or asked; by default the same)</source>
        <translation>Write a second protected copy of the organisation key (its passphrase from %1, or asked; by default the same)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the share to format %1, where a seat reads only what changed (every seat must run a PhòngHọp that reads it)</source>
        <translation>Move the share to format %1, where a seat reads only what changed (every seat must run a PhòngHọp that reads it)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::Passphrase</name>
    <message>
        <location filename="../../app/cli/passphrase.cpp" line="+146"/>
        <source>A passphrase is needed for %1: set %2, or run the command on a terminal to be asked for it</source>
        <translation>A passphrase is needed for %1: set %2, or run the command on a terminal to be asked for it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No passphrase was given</source>
        <translation>No passphrase was given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is empty</source>
        <translation>The passphrase is empty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; nothing was written</source>
        <translation>The two passphrases differ; nothing was written</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key file %1 does not exist</source>
        <translation>The key file %1 does not exist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1 holds the organisation key without a passphrase (an older key file). Make a protected copy with phonghop-cli org backup-key --key %1 --to NEW-FILE, use that one, and delete this file</source>
        <translation>Warning: %1 holds the organisation key without a passphrase (an older key file). Make a protected copy with phonghop-cli org backup-key --key %1 --to NEW-FILE, use that one, and delete this file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase of the organisation key %1: </source>
        <translation>Passphrase of the organisation key %1: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong passphrase for the key file %1: the key was not opened</source>
        <translation>Wrong passphrase for the key file %1: the key was not opened</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::PeopleCommands</name>
    <message>
        <location filename="../../app/cli/peoplecommands.cpp" line="+43"/>
        <source>Usage: phonghop-cli people %1</source>
        <translation>Usage: phonghop-cli people %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file %1 does not exist</source>
        <translation>The file %1 does not exist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lists nobody; the directory was left as it is</source>
        <translation>%1 lists nobody; the directory was left as it is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People imported: %1 added, %2 updated; the directory is now at revision %3 with %4 people</source>
        <translation>People imported: %1 added, %2 updated; the directory is now at revision %3 with %4 people</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The directory lists nobody yet (phonghop-cli people import adds people)</source>
        <translation>The directory lists nobody yet (phonghop-cli people import adds people)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enrolled %1</source>
        <translation>enrolled %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown role: %1 (chair, secretary, delegate or guest)</source>
        <translation>Unknown role: %1 (chair, secretary, delegate or guest)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The weight must be a whole number, 0 or more: %1</source>
        <translation>The weight must be a whole number, 0 or more: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory already has %1 (%2); nothing was changed</source>
        <translation>The directory already has %1 (%2); nothing was changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 (%2); the directory is now at revision %3</source>
        <translation>Added %1 (%2); the directory is now at revision %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The directory has nobody with the id %1</source>
        <translation>The directory has nobody with the id %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is retired: kept on record, no longer invited to new meetings; the directory is now at revision %3</source>
        <translation>%1 (%2) is retired: kept on record, no longer invited to new meetings; the directory is now at revision %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 takes yes or no, not &quot;%2&quot;</source>
        <translation>%1 takes yes or no, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The directory is now at revision %1</source>
        <translation>The directory is now at revision %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy holder may vote for the member they represent</source>
        <translation>A proxy holder may vote for the member they represent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy holder may not vote for the member they represent</source>
        <translation>A proxy holder may not vote for the member they represent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members represented by proxy count towards the quorum</source>
        <translation>Members represented by proxy count towards the quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members represented by proxy do not count towards the quorum</source>
        <translation>Members represented by proxy do not count towards the quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the meetings again to update their rosters</source>
        <translation>Publish the meetings again to update their rosters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add and update the directory&apos;s people from a staff list (CSV, or Excel&apos;s CSV export)</source>
        <translation>Add and update the directory&apos;s people from a staff list (CSV, or Excel&apos;s CSV export)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory&apos;s people and their devices, verified against the organisation key</source>
        <translation>The directory&apos;s people and their devices, verified against the organisation key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add one person to the directory</source>
        <translation>Add one person to the directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire a person: kept on record, no longer invited</source>
        <translation>Retire a person: kept on record, no longer invited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or set the body&apos;s rules about proxies: may a proxy holder vote, do proxies count towards the quorum</source>
        <translation>Show or set the body&apos;s rules about proxies: may a proxy holder vote, do proxies count towards the quorum</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::PublishCommands</name>
    <message>
        <location filename="../../app/cli/publishcommands.cpp" line="+36"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The share %1 cannot be reached</source>
        <translation>The share %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key %1 (fingerprint %2) is not the key of the organisation &quot;%3&quot; (fingerprint %4); nothing was published</source>
        <translation>The key %1 (fingerprint %2) is not the key of the organisation &quot;%3&quot; (fingerprint %4); nothing was published</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--convert-time-limit takes a number of seconds, not &quot;%1&quot;</source>
        <translation>--convert-time-limit takes a number of seconds, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Converting document %1 of %2 to PDF: %3</source>
        <translation>Converting document %1 of %2 to PDF: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  still converting: %1 s of at most %2 s</source>
        <translation>  still converting: %1 s of at most %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Storing documents: %1%</source>
        <translation>Storing documents: %1%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was published.</source>
        <translation>Nothing was published.</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::SearchCommands</name>
    <message>
        <location filename="../../app/cli/searchcommands.cpp" line="+49"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date: %1 (expected YYYY-MM-DD)</source>
        <translation>Not a date: %1 (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No results for %1</source>
        <translation>No results for %1</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::SessionCommands</name>
    <message>
        <location filename="../../app/cli/sessioncommon.cpp" line="+28"/>
        <source>Usage: phonghop-cli session SUBCOMMAND %1 [OPTIONS]</source>
        <translation>Usage: phonghop-cli session SUBCOMMAND %1 [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance, quorum, current item, floor, polls, decisions and problems</source>
        <translation>Attendance, quorum, current item, floor, polls, decisions and problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every record; exit 0 when clean, 1 when it has problems, 2 when it cannot be read</source>
        <translation>Check every record; exit 0 when clean, 1 when it has problems, 2 when it cannot be read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the attendance list</source>
        <translation>Export the attendance list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in oneself (or, as the secretary, a participant)</source>
        <translation>Check in oneself (or, as the secretary, a participant)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Write the minutes as PDF; the number and place given are kept for the meeting</source>
        <translation>Write the minutes as PDF; the number and place given are kept for the meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cast a ballot; a choice is an option&apos;s label or its 0-based index; --other gives the opinion for &quot;Ý kiến khác&quot;, --for votes by proxy</source>
        <translation>Cast a ballot; a choice is an option&apos;s label or its 0-based index; --other gives the opinion for &quot;Ý kiến khác&quot;, --for votes by proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for the floor on an agenda item (by its id or number), with a topic of at most %1 characters; request-to-speak is the same</source>
        <translation>Ask for the floor on an agenda item (by its id or number), with a topic of at most %1 characters; request-to-speak is the same</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw one&apos;s own request to speak on the item</source>
        <translation>Withdraw one&apos;s own request to speak on the item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item&apos;s speeches and questions waiting, and the speaking time</source>
        <translation>The item&apos;s speeches and questions waiting, and the speaking time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: open a poll; kinds approval (default), yes-no, choice; rules %1 (default %2)</source>
        <translation>Chair: open a poll; kinds approval (default), yes-no, choice; rules %1 (default %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chair: open the poll prepared with the meeting under that id, as published</source>
        <translation>Chair: open the poll prepared with the meeting under that id, as published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: close a poll and sign its result</source>
        <translation>Chair: close a poll and sign its result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: make ITEM the current item if it is not, and give the floor to the next speaker</source>
        <translation>Chair: make ITEM the current item if it is not, and give the floor to the next speaker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: record the item&apos;s conclusion in the decision chain (the secretary: a draft for the chair)</source>
        <translation>Chair: record the item&apos;s conclusion in the decision chain (the secretary: a draft for the chair)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: sign the minutes PDF, which locks them</source>
        <translation>Chair: sign the minutes PDF, which locks them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: close the item&apos;s speakers&apos; list; requests are refused until reopened</source>
        <translation>Chair: close the item&apos;s speakers&apos; list; requests are refused until reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: reopen the item&apos;s speakers&apos; list</source>
        <translation>Chair: reopen the item&apos;s speakers&apos; list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: move a participant&apos;s request to a place (1 = next) in the item&apos;s list of speeches (or questions)</source>
        <translation>Chair: move a participant&apos;s request to a place (1 = next) in the item&apos;s list of speeches (or questions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: take a participant&apos;s request off the item&apos;s list</source>
        <translation>Chair: take a participant&apos;s request off the item&apos;s list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair: the speaking time per speaker for the meeting (or one item)</source>
        <translation>Chair: the speaking time per speaker for the meeting (or one item)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: sign the minutes with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf), which the record then names</source>
        <translation>Chair: sign the minutes with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf), which the record then names</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the conclusion notice (Thông báo kết luận) as PDF</source>
        <translation>Write the conclusion notice (Thông báo kết luận) as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair or secretary: sign the conclusion notice with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf)</source>
        <translation>Chair or secretary: sign the conclusion notice with a token&apos;s certificate (PIN from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: correct a conclusion (DECISION: its position in the chain or the start of its hash) with a later decision</source>
        <translation>Chair: correct a conclusion (DECISION: its position in the chain or the start of its hash) with a later decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair: mark an agenda item done, deferred or withdrawn (open takes the mark back)</source>
        <translation>Chair: mark an agenda item done, deferred or withdrawn (open takes the mark back)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The share %1 cannot be reached</source>
        <translation>The share %1 cannot be reached</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no quorum required</source>
        <translation>no quorum required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than half</source>
        <translation>more than half</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two thirds</source>
        <translation>two thirds</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+58"/>
        <source>Ballot for poll &quot;%1&quot; refused: %2</source>
        <translation>Ballot for poll &quot;%1&quot; refused: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The decision at height %1 rests on a poll result that is not on the share or was refused</source>
        <translation>The decision at height %1 rests on a poll result that is not on the share or was refused</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat: %1 (%2), %3</source>
        <translation>This seat: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This seat: not enrolled in the roster (key fingerprint %1)</source>
        <translation>This seat: not enrolled in the roster (key fingerprint %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quorum (%1): met; votes present: %2 of %3</source>
        <translation>Quorum (%1): met; votes present: %2 of %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (%1): not met; votes present: %2 of %3</source>
        <translation>Quorum (%1): not met; votes present: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="+228"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+5"/>
        <source>Current item: %1</source>
        <translation>Current item: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+1"/>
        <location filename="../../app/cli/sessionspeakercommands.cpp" line="+328"/>
        <location line="+36"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floor: nobody</source>
        <translation>Floor: nobody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor: %1, speaking</source>
        <translation>Floor: %1, speaking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor: %1, called</source>
        <translation>Floor: %1, called</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Polls: none</source>
        <translation>Polls: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls:</source>
        <translation>Polls:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot;: open; ballots: %3, yet to vote: %4</source>
        <translation>%1 &quot;%2&quot;: open; ballots: %3, yet to vote: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;: closed, %3: %4</source>
        <translation>%1 &quot;%2&quot;: closed, %3: %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-23"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+2"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="+0"/>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionreadcommands.cpp" line="-46"/>
        <source>Attendance of %1 people: %2 present, %3 absent with a reason, %4 absent without a reason, %5 by proxy, %6 not checked in</source>
        <translation>Attendance of %1 people: %2 present, %3 absent with a reason, %4 absent without a reason, %5 by proxy, %6 not checked in</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Decisions: %1, chain intact</source>
        <translation>Decisions: %1, chain intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions: %1, the chain has problems</source>
        <translation>Decisions: %1, the chain has problems</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(corrected by decision %1)</source>
        <translation>(corrected by decision %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes: not signed</source>
        <translation>Minutes: not signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: signed by the chair (SHA-256 %1)</source>
        <translation>Minutes: signed by the chair (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not delivered yet: %1 record(s) of this seat are not on the shared folder</source>
        <translation>Not delivered yet: %1 record(s) of this seat are not on the shared folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems: none</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1 (phonghop-cli session verify lists them)</source>
        <translation>Problems: %1 (phonghop-cli session verify lists them)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This seat&apos;s record %1 is not on the shared folder yet</source>
        <translation>This seat&apos;s record %1 is not on the shared folder yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This seat&apos;s record %1 is not on the shared folder yet: %2</source>
        <translation>This seat&apos;s record %1 is not on the shared folder yet: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checked: roster revision %1; polls: %2, closed and their close records verified and recounted: %3; decisions in the chain: %4</source>
        <translation>Checked: roster revision %1; polls: %2, closed and their close records verified and recounted: %3; decisions in the chain: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is clean.</source>
        <translation>The record is clean.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the record: %1.</source>
        <translation>Problems in the record: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Attendance list written to %1</source>
        <translation>Attendance list written to %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting is not in the cache (run phonghop-cli sync first): the minutes lack its title, agency and agenda</source>
        <translation>The meeting is not in the cache (run phonghop-cli sync first): the minutes lack its title, agency and agenda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No number or place given for this meeting (--number, --place): they are left blank to fill in</source>
        <translation>No number or place given for this meeting (--number, --place): they are left blank to fill in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes written to %1</source>
        <translation>Minutes written to %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+52"/>
        <source>Only the secretary may check in someone else; this seat is %1 (%2)</source>
        <translation>Only the secretary may check in someone else; this seat is %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in: %1</source>
        <translation>Checked in: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-16"/>
        <location line="+108"/>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+15"/>
        <source>No poll %1 in this meeting</source>
        <translation>No poll %1 in this meeting</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="+11"/>
        <source>&quot;%1&quot; is not an option of poll %2 (%3)</source>
        <translation>&quot;%1&quot; is not an option of poll %2 (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ballot cast in &quot;%1&quot;: %2%3</source>
        <translation>Ballot cast in &quot;%1&quot;: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (secret ballot)</source>
        <translation> (secret ballot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cast by proxy for %1</source>
        <translation>Cast by proxy for %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share): %1%2</source>
        <translation>Not delivered to the shared folder yet (kept on this seat, sent at the next look at the share): %1%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--text is %1 characters long; a topic has at most %2</source>
        <translation>--text is %1 characters long; a topic has at most %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chair has closed the speakers&apos; list of item %1: the request was not made. Ask the chair to reopen it</source>
        <translation>The chair has closed the speakers&apos; list of item %1: the request was not made. Ask the chair to reopen it</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 has no request to speak waiting on item %2: nothing was withdrawn</source>
        <translation>%1 has no request to speak waiting on item %2: nothing was withdrawn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question on item %1 withdrawn</source>
        <translation>Question on item %1 withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request to speak on item %1 withdrawn</source>
        <translation>Request to speak on item %1 withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessioncommon.cpp" line="+10"/>
        <source>The roster of this meeting has not reached this seat yet (phonghop-cli sync, and ask the secretary to publish the meeting): nothing was done</source>
        <translation>The roster of this meeting has not reached this seat yet (phonghop-cli sync, and ask the secretary to publish the meeting): nothing was done</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This seat is not enrolled in the meeting&apos;s roster (key fingerprint %1): nothing was done. Ask the secretary to approve its enrolment and publish the meeting again</source>
        <translation>This seat is not enrolled in the meeting&apos;s roster (key fingerprint %1): nothing was done. Ask the secretary to approve its enrolment and publish the meeting again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1; this seat is %2 (%3): nothing was done</source>
        <translation>%1; this seat is %2 (%3): nothing was done</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The agenda has no item %1 (items: %2)</source>
        <translation>The agenda has no item %1 (items: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionseatcommands.cpp" line="-40"/>
        <source>Question asked on item %1</source>
        <translation>Question asked on item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to speak on item %1</source>
        <translation>Asked to speak on item %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionchaircommands.cpp" line="-192"/>
        <source>Unknown poll kind: %1 (approval, yes-no or choice)</source>
        <translation>Unknown poll kind: %1 (approval, yes-no or choice)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown voting rule: %1 (%2)</source>
        <translation>Unknown voting rule: %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A choice poll needs at least two options: --options A,B,...</source>
        <translation>A choice poll needs at least two options: --options A,B,...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A %1 poll has %2 options; --options gives %3</source>
        <translation>A %1 poll has %2 options; --options gives %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max needs a whole number, 1 or more: %1</source>
        <translation>--max needs a whole number, 1 or more: %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+111"/>
        <source>Only the chair may open a poll</source>
        <translation>Only the chair may open a poll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A poll %1 was already opened in this meeting; choose another id (%2 is free)</source>
        <translation>A poll %1 was already opened in this meeting; choose another id (%2 is free)</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+87"/>
        <source>Poll %1 &quot;%2&quot; opened: %3</source>
        <translation>Poll %1 &quot;%2&quot; opened: %3</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>%1 describes a poll made on the spot: give it with --title, or leave it out to open the prepared poll %2 as it was published</source>
        <translation>%1 describes a poll made on the spot: give it with --title, or leave it out to open the prepared poll %2 as it was published</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting has no prepared poll %1 (none was published with it, or this seat has not synced): give --title to make one on the spot</source>
        <translation>The meeting has no prepared poll %1 (none was published with it, or this seat has not synced): give --title to make one on the spot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting has no prepared poll %1; prepared: %2</source>
        <translation>The meeting has no prepared poll %1; prepared: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prepared poll %1 cannot be opened: %2</source>
        <translation>The prepared poll %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll %1 was already opened in this meeting</source>
        <translation>The poll %1 was already opened in this meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+87"/>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Secret ballot: no screen shows who chose what</source>
        <translation>Secret ballot: no screen shows who chose what</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair may close a poll</source>
        <translation>Only the chair may close a poll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The poll %1 is already closed</source>
        <translation>The poll %1 is already closed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The close of poll %1 was written but could not be read back from the share yet</source>
        <translation>The close of poll %1 was written but could not be read back from the share yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll %1 &quot;%2&quot; closed: %3: %4</source>
        <translation>Poll %1 &quot;%2&quot; closed: %3: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the chair may give the floor</source>
        <translation>Only the chair may give the floor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody is waiting to speak on item %1</source>
        <translation>Nobody is waiting to speak on item %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The floor goes to %1 (a question); %2 more waiting</source>
        <translation>The floor goes to %1 (a question); %2 more waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor goes to %1; %2 more waiting</source>
        <translation>The floor goes to %1; %2 more waiting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown mark &quot;%1&quot;: use done, deferred, withdrawn or open</source>
        <translation>Unknown mark &quot;%1&quot;: use done, deferred, withdrawn or open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the chair may mark an agenda item</source>
        <translation>Only the chair may mark an agenda item</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the chair or the secretary may record a conclusion</source>
        <translation>Only the chair or the secretary may record a conclusion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The poll %1 is not closed; a conclusion rests on closed polls only</source>
        <translation>The poll %1 is not closed; a conclusion rests on closed polls only</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conclusion of item %1 recorded in the decision chain (%2 decisions)</source>
        <translation>Conclusion of item %1 recorded in the decision chain (%2 decisions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft conclusion of item %1 written; the chair confirms it</source>
        <translation>Draft conclusion of item %1 written; the chair confirms it</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+70"/>
        <source>The file %1 does not exist</source>
        <translation>The file %1 does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+51"/>
        <source>Only the chair may sign the minutes</source>
        <translation>Only the chair may sign the minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="+6"/>
        <source>The minutes are already signed (SHA-256 %1)</source>
        <translation>The minutes are already signed (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes signed by the chair (SHA-256 %1); they are locked</source>
        <translation>Minutes signed by the chair (SHA-256 %1); they are locked</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessioncommands.cpp" line="+59"/>
        <source>Unknown session subcommand: %1</source>
        <translation>Unknown session subcommand: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionspeakercommands.cpp" line="-336"/>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>speeches</source>
        <translation>speeches</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not waiting in the list of %2 of item %3: nothing was changed</source>
        <translation>%1 is not waiting in the list of %2 of item %3: nothing was changed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Speaking time: %1</source>
        <translation>Speaking time: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time: %1 of %2, over by %3</source>
        <translation>Speaking time: %1 of %2, over by %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking time: %1 of %2, %3 left</source>
        <translation>Speaking time: %1 of %2, %3 left</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the chair may close the speakers&apos; list</source>
        <translation>Only the chair may close the speakers&apos; list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speakers&apos; list of item %1 is already closed</source>
        <translation>The speakers&apos; list of item %1 is already closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speakers&apos; list of item %1 closed: further requests are refused; %2 still waiting</source>
        <translation>Speakers&apos; list of item %1 closed: further requests are refused; %2 still waiting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the chair may reopen the speakers&apos; list</source>
        <translation>Only the chair may reopen the speakers&apos; list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speakers&apos; list of item %1 is open</source>
        <translation>The speakers&apos; list of item %1 is open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speakers&apos; list of item %1 reopened</source>
        <translation>Speakers&apos; list of item %1 reopened</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the chair may reorder the speakers&apos; list</source>
        <translation>Only the chair may reorder the speakers&apos; list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POSITION is a place in the list, 1 or more: %1</source>
        <translation>POSITION is a place in the list, 1 or more: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of %1 of item %2:</source>
        <translation>List of %1 of item %2:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chair may remove a request from the speakers&apos; list</source>
        <translation>Only the chair may remove a request from the speakers&apos; list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 removed from the list of %2 of item %3</source>
        <translation>%1 removed from the list of %2 of item %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The speaking time is seconds (&quot;90&quot;), minutes and seconds (&quot;3:00&quot;) or &quot;none&quot;, at most %1 minutes: %2</source>
        <translation>The speaking time is seconds (&quot;90&quot;), minutes and seconds (&quot;3:00&quot;) or &quot;none&quot;, at most %1 minutes: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the chair may set the speaking time</source>
        <translation>Only the chair may set the speaking time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speaking time per speaker for the meeting: %1</source>
        <translation>Speaking time per speaker for the meeting: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time per speaker on item %1: %2</source>
        <translation>Speaking time per speaker on item %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting&apos;s</source>
        <translation>the meeting&apos;s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every item (none is current)</source>
        <translation>Every item (none is current)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the list is closed)</source>
        <translation>(the list is closed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaking time per speaker: %1</source>
        <translation>Speaking time per speaker: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speeches:</source>
        <translation>Speeches:</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionnoticecommands.cpp" line="+37"/>
        <source>The meeting is not in the cache (run phonghop-cli sync first): the notice lacks its title, agency and agenda</source>
        <translation>The meeting is not in the cache (run phonghop-cli sync first): the notice lacks its title, agency and agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Conclusion notice written to %1 (%n conclusion(s))</source>
        <translation>
            <numerusform>Conclusion notice written to %1 (%n conclusion)</numerusform>
            <numerusform>Conclusion notice written to %1 (%n conclusions)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the chair may correct a conclusion</source>
        <translation>Only the chair may correct a conclusion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decision record has no decision %1 (give its position, 1 to %2, or at least 8 digits of its hash)</source>
        <translation>The decision record has no decision %1 (give its position, 1 to %2, or at least 8 digits of its hash)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conclusion %1 of item %2 corrected by a new decision; the chain keeps both (%3 decisions)</source>
        <translation>Conclusion %1 of item %2 corrected by a new decision; the chain keeps both (%3 decisions)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessionsigncommands.cpp" line="-83"/>
        <source>the NSS database</source>
        <translation>the NSS database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token &quot;%1&quot;</source>
        <translation>the token &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN of %1: </source>
        <translation>PIN of %1: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 exists already; remove it or give another --output</source>
        <translation>%1 exists already; remove it or give another --output</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Minutes of %1</source>
        <translation>Minutes of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3); they are locked</source>
        <translation>Minutes signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3); they are locked</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the chair or the secretary may sign the conclusion notice</source>
        <translation>Only the chair or the secretary may sign the conclusion notice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conclusion notice of %1</source>
        <translation>Conclusion notice of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion notice</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conclusion notice signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3)</source>
        <translation>Conclusion notice signed with the certificate &quot;%1&quot;: %2 (SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>phonghop::cli::StatsCommands</name>
    <message>
        <location filename="../../app/cli/statscommands.cpp" line="+42"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+16"/>
        <location line="+25"/>
        <source>Usage: phonghop-cli %1</source>
        <translation>Usage: phonghop-cli %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>DATE: YYYY-MM-DD (inclusive, the meeting&apos;s own date) or a full ISO 8601 date and time. --unit: the organisation holding the meetings, as the meetings name it. --offline: compute from the cache without reading the share.</source>
        <translation>DATE: YYYY-MM-DD (inclusive, the meeting&apos;s own date) or a full ISO 8601 date and time. --unit: the organisation holding the meetings, as the meetings name it. --offline: compute from the cache without reading the share.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--unit needs the name of a unit</source>
        <translation>--unit needs the name of a unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from is after --to</source>
        <translation>--from is after --to</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The figures are computed from the session summaries this cache holds.</source>
        <translation>The figures are computed from the session summaries this cache holds.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache cannot be read: %1</source>
        <translation>The cache cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No session summary for %n meeting(s); their attendance, speeches and polls are not in the figures: %1</source>
        <translation>
            <numerusform>No session summary for %n meeting(s); their attendance, speeches and polls are not in the figures: %1</numerusform>
            <numerusform>No session summary for %n meeting(s); their attendance, speeches and polls are not in the figures: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Statistics from %1 to %2</source>
        <translation>Statistics from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting(s)</numerusform>
            <numerusform>%n meeting(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::cli::VotingCommands</name>
    <message>
        <location filename="../../app/cli/votingcommands.cpp" line="+28"/>
        <source>The poll file is in format %1; this version reads format %2</source>
        <translation>The poll file is in format %1; this version reads format %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>members: the file lists no members</source>
        <translation>members: the file lists no members</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>members: %1 has a weight that is not a whole number</source>
        <translation>members: %1 has a weight that is not a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members: %1 has a weight larger than %2</source>
        <translation>members: %1 has a weight larger than %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>members: a member has no id</source>
        <translation>members: a member has no id</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: phonghop-cli tally POLL.json</source>
        <translation>Usage: phonghop-cli tally POLL.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
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
        <translation>About PhòngHọp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paperless meetings for People&apos;s Committees</source>
        <translation>Paperless meetings for People&apos;s Committees</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build date:</source>
        <translation>Build date:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 (not present)</source>
        <translation>%1 (not present)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings:</source>
        <translation>System settings:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these details to send them to IT support</source>
        <translation>Copy these details to send them to IT support</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System settings: %1</source>
        <translation>System settings: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AgendaEditor</name>
    <message>
        <location filename="../../ui/secretary/agendaeditor.cpp" line="+63"/>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;sub-item</source>
        <translation>Add &amp;sub-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve item</source>
        <translation>Remo&amp;ve item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag items to reorder them or to make them sub-items; numbers follow. Drop PDF, Word, Excel or OpenDocument files on an item to attach them; office files are published as PDF, with the original beside it.</source>
        <translation>Drag items to reorder them or to make them sub-items; numbers follow. Drop PDF, Word, Excel or OpenDocument files on an item to attach them; office files are published as PDF, with the original beside it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Attach document…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with new &amp;version…</source>
        <translation>Replace with new &amp;version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;document</source>
        <translation>Remove &amp;document</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submission (tờ trình)</source>
        <translation>Submission (tờ trình)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft decision</source>
        <translation>Draft decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft resolution</source>
        <translation>Draft resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official letter</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Department of Finance</source>
        <translation>e.g. Department of Finance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential (&quot;Mật&quot;): only the people ticked below receive it</source>
        <translation>Confidential (&quot;Mật&quot;): only the people ticked below receive it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbid exporting and printing it (recipients read it on screen only)</source>
        <translation>Forbid exporting and printing it (recipients read it on screen only)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New sub-item</source>
        <translation>New sub-item</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Documents (*.pdf %1);;PDF documents (*.pdf);;Word, Excel and OpenDocument files (%1);;All files (*)</source>
        <translation>Documents (*.pdf %1);;PDF documents (*.pdf);;Word, Excel and OpenDocument files (%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Replace with a new version</source>
        <translation>Replace with a new version</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents of %1. %2</source>
        <translation>Documents of %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an agenda item to see its documents</source>
        <translation>Select an agenda item to see its documents</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source> — version %1</source>
        <translation> — version %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>version %1</translation>
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
        <translation>Presenter: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planned: %n minute</numerusform>
            <numerusform>Planned: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AgendaWidget</name>
    <message>
        <location filename="../../ui/session/agendawidget.cpp" line="+64"/>
        <source>Chair: the selected item</source>
        <translation>Chair: the selected item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make current</source>
        <translation>Make current</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defer</source>
        <translation>Defer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not handled yet</source>
        <translation>Not handled yet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an agenda item first</source>
        <translation>Choose an agenda item first</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationController</name>
    <message>
        <location filename="../../ui/annotations/annotationcontroller.cpp" line="+45"/>
        <source>Export my copy…</source>
        <translation>Export my copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment to secretary…</source>
        <translation>Comment to secretary…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Review annotations</source>
        <translation>Review annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version this annotation came from is no longer on this computer; place it on the current page or delete it.</source>
        <translation>The version this annotation came from is no longer on this computer; place it on the current page or delete it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> - annotated</source>
        <translation> - annotated</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>Export my annotated copy</source>
        <translation>Export my annotated copy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>Comment to the secretary</source>
        <translation>Comment to the secretary</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Your comment on this document (page %1):</source>
        <translation>Your comment on this document (page %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment on “%1”:</source>
        <translation>Your comment on “%1”:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your annotated copy is saved as %1.</source>
        <translation>Your annotated copy is saved as %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your comment is sent to the secretary (or kept on this seat until the shared folder can be reached).</source>
        <translation>Your comment is sent to the secretary (or kept on this seat until the shared folder can be reached).</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationOverlay</name>
    <message>
        <location filename="../../ui/annotations/annotationoverlay.cpp" line="+89"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Sticky note</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text box</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Resize annotation</source>
        <translation>Resize annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move annotation</source>
        <translation>Move annotation</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationPanel</name>
    <message>
        <location filename="../../ui/annotations/annotationpanel.cpp" line="+28"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Old page</source>
        <translation>Old page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place on current page</source>
        <translation>Place on current page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review beside the old version…</source>
        <translation>Review beside the old version…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the old page with the annotation next to the new page, and place it there</source>
        <translation>Show the old page with the annotation next to the new page, and place it there</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 (in the PDF)</source>
        <translation>%1 (in the PDF)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n annotation(s) from the previous version need review: they could not be placed with confidence.</source>
        <translation>
            <numerusform>%n annotation from the previous version need review: they could not be placed with confidence.</numerusform>
            <numerusform>%n annotations from the previous version need review: they could not be placed with confidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationReviewView</name>
    <message>
        <location filename="../../ui/annotations/annotationreviewview.cpp" line="+253"/>
        <source>Review a carried-over annotation</source>
        <translation>Review a carried-over annotation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tap the new page where the annotation belongs, then choose “Place here”.</source>
        <translation>Tap the new page where the annotation belongs, then choose “Place here”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place here</source>
        <translation>Place here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the annotation where it is shown on the new page (P or Enter)</source>
        <translation>Put the annotation where it is shown on the new page (P or Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as note</source>
        <translation>Keep as note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep its text as a note at that place on the new page (N)</source>
        <translation>Keep its text as a note at that place on the new page (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the annotation (Delete)</source>
        <translation>Delete the annotation (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last choice (Ctrl+Z)</source>
        <translation>Undo the last choice (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Every carried-over annotation has been reviewed.</source>
        <translation>Every carried-over annotation has been reviewed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 “%2” — %n annotation(s) to review</source>
        <translation>
            <numerusform>%1 “%2” — %n annotation to review</numerusform>
            <numerusform>%1 “%2” — %n annotations to review</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it needs review: %1</source>
        <translation>Why it needs review: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>Your comment: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1, page %2: where it was</source>
        <translation>Version %1, page %2: where it was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous version, page %1: where it was</source>
        <translation>Previous version, page %1: where it was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 (new), page %2 of %3</source>
        <translation>Version %1 (new), page %2 of %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (new), page %2</source>
        <translation>Version %1 (new), page %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was here</source>
        <translation>It was here</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goes here?</source>
        <translation>Goes here?</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>From the previous version, page %1</source>
        <translation>From the previous version, page %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep annotation as note</source>
        <translation>Keep annotation as note</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AnnotationToolBar</name>
    <message>
        <location filename="../../ui/annotations/annotationtoolbar.cpp" line="+39"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strike</source>
        <translation>Strike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colour: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Pen width</source>
        <translation>Pen width</translation>
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
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ApprovalDialog</name>
    <message>
        <location filename="../../ui/secretary/approvaldialog.cpp" line="+23"/>
        <source>Approve a device — PhòngHọp</source>
        <translation>Approve a device — PhòngHọp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve this device for %1?</source>
        <translation>Approve this device for %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the person to show the screen of their device. Approve only when the code and the fingerprint there are exactly these:</source>
        <translation>Ask the person to show the screen of their device. Approve only when the code and the fingerprint there are exactly these:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison code</source>
        <translation>Comparison code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device fingerprint</source>
        <translation>Device fingerprint</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Device “%1”, requested %2.</source>
        <translation>Device “%1”, requested %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Once approved, the device can check in and vote as this person in the meetings whose roster lists it.</source>
        <translation>Once approved, the device can check in and vote as this person in the meetings whose roster lists it.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Requested %1.</source>
        <translation>Requested %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The codes match — approve</source>
        <translation>The codes match — approve</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>They differ — cancel</source>
        <translation>They differ — cancel</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AttendanceModel</name>
    <message>
        <location filename="../../ui/session/attendancemodel.cpp" line="+10"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AttendanceWidget</name>
    <message>
        <location filename="../../ui/session/attendancewidget.cpp" line="+31"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent…</source>
        <translation>Absent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy…</source>
        <translation>Proxy…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check in selected</source>
        <translation>Check in selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary: check in the selected participant</source>
        <translation>Secretary: check in the selected participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Present: %1 · Absent with a reason: %2 · Absent without a reason: %3 · Proxy: %4 · Not checked in: %5 — %6</source>
        <translation>Present: %1 · Absent with a reason: %2 · Absent without a reason: %3 · Proxy: %4 · Not checked in: %5 — %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b style=&quot;color:#1b5e20&quot;&gt;quorum met&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#1b5e20&quot;&gt;quorum met&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;no quorum yet&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;no quorum yet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give my proxy to:</source>
        <translation>Give my proxy to:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Export the attendance list</source>
        <translation>Export the attendance list</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AuditLogModel</name>
    <message>
        <location filename="../../ui/session/auditlogmodel.cpp" line="+10"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::AuditLogWidget</name>
    <message>
        <location filename="../../ui/session/auditlogwidget.cpp" line="+27"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::CacheSettingsDialog</name>
    <message>
        <location filename="../../ui/setup/cachesettingsdialog.cpp" line="+55"/>
        <source>Cache and sync</source>
        <translation>Cache and sync</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measuring the cache…</source>
        <translation>Measuring the cache…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for ever</source>
        <translation>Keep for ever</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My meetings and those open to all staff</source>
        <translation>My meetings and those open to all staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every meeting of the organisation (the office&apos;s seat)</source>
        <translation>Every meeting of the organisation (the office&apos;s seat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This setting is managed by your administrator</source>
        <translation>This setting is managed by your administrator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evict now…</source>
        <translation>Evict now…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep documents of past meetings for</source>
        <translation>Keep documents of past meetings for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings this seat copies</source>
        <translation>Meetings this seat copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents of meetings that ended longer ago are deleted from this computer after each sync. Their agendas, your annotations and notes, attendance, votes and decisions stay; a document can be fetched again from the shared folder when you open it.</source>
        <translation>Documents of meetings that ended longer ago are deleted from this computer after each sync. Their agendas, your annotations and notes, attendance, votes and decisions stay; a document can be fetched again from the shared folder when you open it.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache could not be measured: %1</source>
        <translation>The cache could not be measured: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer holds %1 MB for PhòngHọp, of which %2 MB are documents.</source>
        <translation>This computer holds %1 MB for PhòngHọp, of which %2 MB are documents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents of past meetings are kept for ever.</source>
        <translation>Documents of past meetings are kept for ever.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No document of a meeting that ended more than %n day(s) ago is on this computer.</source>
        <translation>
            <numerusform>No document of a meeting that ended more than %n day(s) ago is on this computer.</numerusform>
            <numerusform>No document of a meeting that ended more than %n day(s) ago is on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eviction would free %1 MB: %2 file(s) of %3 meeting(s) that ended more than %4 day(s) ago.</source>
        <translation>Eviction would free %1 MB: %2 file(s) of %3 meeting(s) that ended more than %4 day(s) ago.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete from this computer the documents of meetings that ended more than %1 day(s) ago (%2 MB)? This cannot be undone on this computer; the documents can be fetched again from the shared folder.</source>
        <translation>Delete from this computer the documents of meetings that ended more than %1 day(s) ago (%2 MB)? This cannot be undone on this computer; the documents can be fetched again from the shared folder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The documents could not be evicted: %1</source>
        <translation>The documents could not be evicted: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConclusionsWidget</name>
    <message>
        <location filename="../../ui/session/conclusionswidget.cpp" line="+34"/>
        <source>Confirm the secretary&apos;s draft</source>
        <translation>Confirm the secretary&apos;s draft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion for the current agenda item</source>
        <translation>Conclusion for the current agenda item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document of the meeting the conclusion cites</source>
        <translation>A document of the meeting the conclusion cites</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Record the conclusion</source>
        <translation>Record the conclusion</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Correct the selected conclusion</source>
        <translation>Correct the selected conclusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the box&apos;s text as a new decision that supersedes the selected one; the decision record keeps both</source>
        <translation>Record the box&apos;s text as a new decision that supersedes the selected one; the decision record keeps both</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No document cited</source>
        <translation>No document cited</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cites: %1</source>
        <translation>Cites: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n decision(s), signed by the chair, chain intact.</source>
        <translation>
            <numerusform>%n decision, signed by the chair, chain intact.</numerusform>
            <numerusform>%n decisions, signed by the chair, chain intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: the decision record on the share was altered: %1</source>
        <translation>Warning: the decision record on the share was altered: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft the conclusion</source>
        <translation>Draft the conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record conclusion (with the item&apos;s closed polls)</source>
        <translation>Record conclusion (with the item&apos;s closed polls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the conclusion for the chair to confirm</source>
        <translation>Write the conclusion for the chair to confirm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the draft to confirm in the list</source>
        <translation>Select the draft to confirm in the list</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select the conclusion to correct in the list</source>
        <translation>Select the conclusion to correct in the list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the conclusion in the box, then press “%1” again</source>
        <translation>Edit the conclusion in the box, then press “%1” again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct a conclusion</source>
        <translation>Correct a conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this text as decision %1&apos;s correction? The decision record keeps both; the minutes and the notice print the correction.</source>
        <translation>Record this text as decision %1&apos;s correction? The decision record keeps both; the minutes and the notice print the correction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConfidentialCopyAction</name>
    <message>
        <location filename="../../ui/mainwindow/confidentialcopyaction.cpp" line="+21"/>
        <source>Save a copy with my watermark…</source>
        <translation>Save a copy with my watermark…</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+5"/>
        <source>Save a copy with my watermark</source>
        <translation>Save a copy with my watermark</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the copy with your watermark…</source>
        <translation>Writing the copy with your watermark…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the copy with your watermark: page %L1 of %L2…</source>
        <translation>Writing the copy with your watermark: page %L1 of %L2…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The copy was not saved: %1</source>
        <translation>The copy was not saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy with your watermark was saved as %1.</source>
        <translation>A copy with your watermark was saved as %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationForm</name>
    <message>
        <location filename="../../ui/consult/consultationform.cpp" line="+54"/>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing body:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members consulted (from the people directory)</source>
        <translation>Members consulted (from the people directory)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair (decides a tie):</source>
        <translation>Chair (decides a tie):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Documents for the consultation</source>
        <translation>Documents for the consultation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The question, e.g. “Thông qua dự thảo Quyết định?”</source>
        <translation>The question, e.g. “Thông qua dự thảo Quyết định?”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree / disagree / other</source>
        <translation>Agree / disagree / other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the options</source>
        <translation>Choose one of the options</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The options, separated by “;”, e.g. “Phương án 1; Phương án 2”</source>
        <translation>The options, separated by “;”, e.g. “Phương án 1; Phương án 2”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New revision of “%1”</source>
        <translation>New revision of “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As published: %1</source>
        <translation>As published: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept as published, sealed to the members&apos; devices</source>
        <translation>Kept as published, sealed to the members&apos; devices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as published</source>
        <translation>Kept as published</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+199"/>
        <source>The organisation&apos;s key cannot be read: %1</source>
        <translation>The organisation&apos;s key cannot be read: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The people directory cannot be read: %1</source>
        <translation>The people directory cannot be read: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The people directory is empty: add the members in “People” first.</source>
        <translation>The people directory is empty: add the members in “People” first.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the consultation a title.</source>
        <translation>Give the consultation a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which body issues it.</source>
        <translation>Say which body issues it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline must be in the future.</source>
        <translation>The deadline must be in the future.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one member to consult.</source>
        <translation>Choose at least one member to consult.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1 has no text.</source>
        <translation>Question %1 has no text.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question %1 lets the members choose: give at least two options, separated by “;”.</source>
        <translation>Question %1 lets the members choose: give at least two options, separated by “;”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one question.</source>
        <translation>Add at least one question.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document %1 has no title.</source>
        <translation>Document %1 has no title.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document “%1” is no longer there.</source>
        <translation>The document “%1” is no longer there.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The document “%1” is not in the published revision any more: remove it and add its PDF again.</source>
        <translation>The document “%1” is not in the published revision any more: remove it and add its PDF again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publish a new revision</source>
        <translation>Publish a new revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish revision %1 of “%2”?</source>
        <translation>Publish revision %1 of “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers given to revision %1 no longer count: every member answers again before %2. It is signed with the organisation&apos;s key.</source>
        <translation>The answers given to revision %1 no longer count: every member answers again before %2. It is signed with the organisation&apos;s key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish the consultation</source>
        <translation>Publish the consultation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Publish “%1” to %n member(s)?</source>
        <translation>
            <numerusform>Publish “%1” to %n member(s)?</numerusform>
            <numerusform>Publish “%1” to %n member(s)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s), %1 document(s), deadline %2. It is signed with the organisation&apos;s key and every member&apos;s seat receives it at its next sync.</source>
        <translation>
            <numerusform>%n question(s), %1 document(s), deadline %2. It is signed with the organisation&apos;s key and every member&apos;s seat receives it at its next sync.</numerusform>
            <numerusform>%n question(s), %1 document(s), deadline %2. It is signed with the organisation&apos;s key and every member&apos;s seat receives it at its next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Documents (PDF, or office files converted to PDF; ticked: confidential, sealed to the members&apos; devices)</source>
        <translation>Documents (PDF, or office files converted to PDF; ticked: confidential, sealed to the members&apos; devices)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a document…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF and office documents (*.pdf %1)</source>
        <translation>PDF and office documents (*.pdf %1)</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>Not published: the organisation&apos;s key stays locked.</source>
        <translation>Not published: the organisation&apos;s key stays locked.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the documents and signing…</source>
        <translation>Copying the documents and signing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published.</source>
        <translation>Published.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationOffice</name>
    <message>
        <location filename="../../ui/consult/consultationoffice.cpp" line="+65"/>
        <source>Close early (before the deadline)</source>
        <translation>Close early (before the deadline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the consultation…</source>
        <translation>Close the consultation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the reminder list</source>
        <translation>Copy the reminder list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder list…</source>
        <translation>Save the reminder list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New revision…</source>
        <translation>New revision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New consultation…</source>
        <translation>New consultation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count by the question&apos;s rule</source>
        <translation>Count by the question&apos;s rule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder list (not answered yet)</source>
        <translation>Reminder list (not answered yet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the reminder list (who has not answered, their position, the deadline), or save it as PDF</source>
        <translation>Print the reminder list (who has not answered, their position, the deadline), or save it as PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the deadline, documents, questions or members: the members answer the new revision again</source>
        <translation>Change the deadline, documents, questions or members: the members answer the new revision again</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The reminder list is copied: paste it into a message or a document.</source>
        <translation>The reminder list is copied: paste it into a message or a document.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published: the members&apos; seats receive it at their next sync.</source>
        <translation>Published: the members&apos; seats receive it at their next sync.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new revision is published: the members answer it again.</source>
        <translation>The new revision is published: the members answer it again.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The shared folder cannot be read: %1</source>
        <translation>The shared folder cannot be read: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open until %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline passed, to close</source>
        <translation>deadline passed, to close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The consultation cannot be read: %1</source>
        <translation>The consultation cannot be read: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members have answered every question.</source>
        <translation>%1 of %2 members have answered every question.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed %1%2: the signed count below is what every seat recounts.</source>
        <translation>Closed %1%2: the signed count below is what every seat recounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (early)</source>
        <translation> (early)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close files refused: %1</source>
        <translation>Close files refused: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n answer(s) not counted (late, forged or invalid).</source>
        <translation>
            <numerusform>%n answer(s) not counted (late, forged or invalid).</numerusform>
            <numerusform>%n answer(s) not counted (late, forged or invalid).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Outcome: adopted</source>
        <translation>Outcome: adopted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome: not adopted</source>
        <translation>Outcome: not adopted</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already closed.</source>
        <translation>Already closed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The deadline (%1) has not passed yet: members may still answer. Tick “Close early” to close it now.</source>
        <translation>The deadline (%1) has not passed yet: members may still answer. Tick “Close early” to close it now.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 members have answered. The count is signed with the organisation&apos;s key and every seat recounts it; no answer is accepted afterwards.</source>
        <translation>%1 of %2 members have answered. The count is signed with the organisation&apos;s key and every seat recounts it; no answer is accepted afterwards.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deadline (%1) has not passed: members who have not answered lose their chance.</source>
        <translation>The deadline (%1) has not passed: members who have not answered lose their chance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the consultation</source>
        <translation>Close the consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close “%1” now? This cannot be undone.</source>
        <translation>Close “%1” now? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not closed: the organisation&apos;s key stays locked.</source>
        <translation>Not closed: the organisation&apos;s key stays locked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation&apos;s key cannot be read: %1</source>
        <translation>The organisation&apos;s key cannot be read: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting and signing the close…</source>
        <translation>Counting and signing the close…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not closed: %1</source>
        <translation>Not closed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed. Every member&apos;s seat recounts the close at its next sync.</source>
        <translation>Closed. Every member&apos;s seat recounts the close at its next sync.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the summary report</source>
        <translation>Save the summary report</translation>
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
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report is saved in %1</source>
        <translation>The report is saved in %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the reminder list</source>
        <translation>Save the reminder list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list was not saved: %1</source>
        <translation>The list was not saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>The reminder list is saved in %1</source>
        <translation>The reminder list is saved in %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The reminder list was not written: %1</source>
        <translation>The reminder list was not written: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminder list — %1</source>
        <translation>Reminder list — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the reminder list</source>
        <translation>Print the reminder list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reminder list was sent to the printer.</source>
        <translation>The reminder list was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::Consultations</name>
    <message>
        <location filename="../../ui/consult/consultationsview.cpp" line="+30"/>
        <source>Open for answers</source>
        <translation>Open for answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline has passed: answers are no longer accepted; the office has not closed it yet.</source>
        <translation>The deadline has passed: answers are no longer accepted; the office has not closed it yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed by the office.</source>
        <translation>Closed by the office.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>This consultation is not on this seat.</source>
        <translation>This consultation is not on this seat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This seat could not recount the close: %1</source>
        <translation>This seat could not recount the close: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consult/consultworker.cpp" line="+23"/>
        <source>Past the deadline</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 d %2 h left</source>
        <translation>%1 d %2 h left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ConsultationsView</name>
    <message>
        <location filename="../../ui/consult/consultationsview.cpp" line="-183"/>
        <source>Written consultations</source>
        <translation>Written consultations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions the office asks the members outside a meeting. Answer each one before its deadline.</source>
        <translation>Questions the office asks the members outside a meeting. Answer each one before its deadline.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The consultations cannot be read: %1</source>
        <translation>The consultations cannot be read: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some consultation files on the shared folder were not read: %1</source>
        <translation>Some consultation files on the shared folder were not read: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deadline %1 (%2)</source>
        <translation>deadline %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question(s) to answer</source>
        <translation>
            <numerusform>%n question(s) to answer</numerusform>
            <numerusform>%n question(s) to answer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All answered (you may change them until the deadline)</source>
        <translation>All answered (you may change them until the deadline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline passed %1</source>
        <translation>deadline passed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No consultation is addressed to you.</source>
        <translation>No consultation is addressed to you.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n answer(s) not yet delivered to the shared folder: they are kept on this seat and sent at the next sync.</source>
        <translation>
            <numerusform>%n answer(s) not yet delivered to the shared folder: they are kept on this seat and sent at the next sync.</numerusform>
            <numerusform>%n answer(s) not yet delivered to the shared folder: they are kept on this seat and sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>← All consultations</source>
        <translation>← All consultations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are not among the members consulted: you can read it, not answer it.</source>
        <translation>You are not among the members consulted: you can read it, not answer it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in the reader (annotations as for a meeting&apos;s documents)</source>
        <translation>Open in the reader (annotations as for a meeting&apos;s documents)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidential: opened in the reader with your name on every page</source>
        <translation>Confidential: opened in the reader with your name on every page</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is not on this seat yet: it is copied at the next sync.</source>
        <translation>“%1” is not on this seat yet: it is copied at the next sync.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Question %1. %2</source>
        <translation>Question %1. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+118"/>
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+118"/>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered: the deadline has passed.</source>
        <translation>Not answered: the deadline has passed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs a new answer: the office changed the consultation (revision %1). Your answer to revision %2 (%3) no longer counts.</source>
        <translation>Needs a new answer: the office changed the consultation (revision %1). Your answer to revision %2 (%3) no longer counts.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comment (required for “other opinion”, at most %1 characters)</source>
        <translation>Comment (required for “other opinion”, at most %1 characters)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change my answer</source>
        <translation>Change my answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose an answer first.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write your opinion in the comment box first.</source>
        <translation>Write your opinion in the comment box first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comment is too long: %1 characters, at most %2.</source>
        <translation>The comment is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can change it until %1.</source>
        <translation>You can change it until %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the answer</source>
        <translation>Send the answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing and sending the answer…</source>
        <translation>Signing and sending the answer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DecisionModel</name>
    <message>
        <location filename="../../ui/session/decisionmodel.cpp" line="+12"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correction of decision %1 — %2</source>
        <translation>Correction of decision %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cites %1)</source>
        <translation>(cites %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Superseded by decision %1 — %2</source>
        <translation>Superseded by decision %1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft by %1, awaiting the chair — %2</source>
        <translation>Draft by %1, awaiting the chair — %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DelegatePreview</name>
    <message>
        <location filename="../../ui/secretary/delegatepreview.cpp" line="+54"/>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dddd dd/MM/yyyy, HH:mm</source>
        <translation>dddd dd/MM/yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no room yet)</source>
        <translation>(no room yet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presented by %1</source>
        <translation>Presented by %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (version %1)</source>
        <translation> (version %1)</translation>
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
        <translation>Device PIN — PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter this device&apos;s PIN</source>
        <translation>Enter this device&apos;s PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect this device with a PIN</source>
        <translation>Protect this device with a PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key this seat signs with (check-in, votes) and opens confidential documents with is protected by a PIN.</source>
        <translation>The key this seat signs with (check-in, votes) and opens confidential documents with is protected by a PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Choose a PIN of at least %n characters. It is asked each time PhòngHọp starts; without it, a lost device cannot sign nor open confidential documents.</source>
        <translation>
            <numerusform>Choose a PIN of at least %n character. It is asked each time PhòngHọp starts; without it, a lost device cannot sign nor open confidential documents.</numerusform>
            <numerusform>Choose a PIN of at least %n characters. It is asked each time PhòngHọp starts; without it, a lost device cannot sign nor open confidential documents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+135"/>
        <location line="+27"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the system key store instead of a PIN</source>
        <translation>Use the system key store instead of a PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop&apos;s key store (unlocked by your login) keeps the secret that opens this device&apos;s key; no PIN is asked.</source>
        <translation>The desktop&apos;s key store (unlocked by your login) keeps the secret that opens this device&apos;s key; no PIN is asked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <location line="+27"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Continue without it</source>
        <translation>Continue without it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents.</source>
        <translation>The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Handing the key to the system key store…</source>
        <translation>Handing the key to the system key store…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the PIN first.</source>
        <translation>Type the PIN first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same PIN again.</source>
        <translation>Type the same PIN again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ; nothing was changed. Choose the PIN again.</source>
        <translation>The two PINs differ; nothing was changed. Choose the PIN again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the key…</source>
        <translation>Opening the key…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protecting the key…</source>
        <translation>Protecting the key…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device key — PhòngHọp</source>
        <translation>Device key — PhòngHọp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents until the key store is open.</source>
        <translation>%1

The seat still syncs and shows meetings, but cannot check in, vote nor open confidential documents until the key store is open.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DevicesPage</name>
    <message>
        <location filename="../../ui/secretary/devicespage.cpp" line="+107"/>
        <source>%1 upcoming meeting(s) checked, %2 new roster revision(s) written.</source>
        <translation>%1 upcoming meeting(s) checked, %2 new roster revision(s) written.</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>%n device(s) waiting for approval.</source>
        <translation>
            <numerusform>%n device waiting for approval.</numerusform>
            <numerusform>%n devices waiting for approval.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Approving the device of %1…</source>
        <translation>Approving the device of %1…</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compare the code on the person&apos;s device with the one here before approving: it proves the request comes from that device.</source>
        <translation>Compare the code on the person&apos;s device with the one here before approving: it proves the request comes from that device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Enrolled devices</source>
        <translation>Enrolled devices</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>For a lost, stolen or replaced device. From the next roster on, its check-ins and ballots are refused and reported. This cannot be undone: the person enrols the device again as a new one. Fingerprint: %1</source>
        <translation>For a lost, stolen or replaced device. From the next roster on, its check-ins and ballots are refused and reported. This cannot be undone: the person enrols the device again as a new one. Fingerprint: %1</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>No device is waiting for approval.</source>
        <translation>No device is waiting for approval.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>No upcoming meeting is published yet.</source>
        <translation>No upcoming meeting is published yet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+21"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Reading the enrolment requests…</source>
        <translation>Reading the enrolment requests…</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reject a request</source>
        <translation>Reject a request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject the request of %1?</source>
        <translation>Reject the request of %1?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rejecting the request of %1…</source>
        <translation>Rejecting the request of %1…</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Revoke (lost or replaced device)…</source>
        <translation>Revoke (lost or replaced device)…</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>Revoke a device</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the device “%1” of %2?</source>
        <translation>Revoke the device “%1” of %2?</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Revoking the device “%1”…</source>
        <translation>Revoking the device “%1”…</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>The device “%1” (code %2) is not enrolled. The person can send a new request later.</source>
        <translation>The device “%1” (code %2) is not enrolled. The person can send a new request later.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The device “%1” of %2 is approved.</source>
        <translation>The device “%1” of %2 is approved.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The device “%1” of %2 is revoked.</source>
        <translation>The device “%1” of %2 is revoked.</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>The directory cannot be read: %1</source>
        <translation>The directory cannot be read: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The organisation&apos;s key file cannot be read: %1</source>
        <translation>The organisation&apos;s key file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>The request of %1 was rejected.</source>
        <translation>The request of %1 was rejected.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Update the rosters of upcoming meetings</source>
        <translation>Update the rosters of upcoming meetings</translation>
    </message>
    <message>
        <location line="+400"/>
        <source>Updating the rosters of upcoming meetings…</source>
        <translation>Updating the rosters of upcoming meetings…</translation>
    </message>
    <message>
        <location line="-434"/>
        <location line="+188"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval (%1)</source>
        <translation>Waiting for approval (%1)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Writes a new roster revision for each upcoming meeting whose participants&apos; devices changed, so that approved devices can vote and revoked ones cannot.</source>
        <translation>Writes a new roster revision for each upcoming meeting whose participants&apos; devices changed, so that approved devices can vote and revoked ones cannot.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DocumentCommentsDialog</name>
    <message>
        <location filename="../../ui/comments/documentcommentsdialog.cpp" line="+26"/>
        <source>Comments on “%1”</source>
        <translation>Comments on “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegate / page</source>
        <translation>Delegate / page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words commented on</source>
        <translation>Words commented on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole document</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comments on this document have reached the share yet.</source>
        <translation>No comments on this document have reached the share yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s) from %1 delegate(s).</source>
        <translation>
            <numerusform>%n comment from %1 delegate(s).</numerusform>
            <numerusform>%n comments from %1 delegate(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the comments</source>
        <translation>Export the comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::DocumentView</name>
    <message>
        <location filename="../../ui/viewer/documentview.cpp" line="+48"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+244"/>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+71"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find previous</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two pages</source>
        <translation>Two pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two pages side by side (chosen automatically on a wide screen until you choose)</source>
        <translation>Two pages side by side (chosen automatically on a wide screen until you choose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages and contents</source>
        <translation>Pages and contents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The password is not correct. Try again.</source>
        <translation>The password is not correct. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is protected by a password.</source>
        <translation>%1 is protected by a password.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 (page %2)</source>
        <translation>%1 (page %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::EnrolmentDialog</name>
    <message>
        <location filename="../../ui/session/enrolmentdialog.cpp" line="+104"/>
        <source>Ask to enrol this device</source>
        <translation>Ask to enrol this device</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose the organisation&apos;s shared folder first (Meeting → Choose the shared folder).</source>
        <translation>Choose the organisation&apos;s shared folder first (Meeting → Choose the shared folder).</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Comparison code</source>
        <translation>Comparison code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device fingerprint</source>
        <translation>Device fingerprint</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Enrol this device — PhòngHọp</source>
        <translation>Enrol this device — PhòngHọp</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>For instance: Tablet 3, meeting room</source>
        <translation>For instance: Tablet 3, meeting room</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of this device (so the secretary recognises it)</source>
        <translation>Name of this device (so the secretary recognises it)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Pick your name in the list first.</source>
        <translation>Pick your name in the list first.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Pick your name in the organisation&apos;s directory. The secretary then approves this device for you, after comparing a code.</source>
        <translation>Pick your name in the organisation&apos;s directory. The secretary then approves this device for you, after comparing a code.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the organisation&apos;s directory…</source>
        <translation>Reading the organisation&apos;s directory…</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Request sent for %1, device “%2”.</source>
        <translation>Request sent for %1, device “%2”.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Request sent for %1.</source>
        <translation>Request sent for %1.</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Search by name, position or unit</source>
        <translation>Search by name, position or unit</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Sending the request…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Show this to the secretary</source>
        <translation>Show this to the secretary</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The organisation&apos;s directory cannot be read: %1</source>
        <translation>The organisation&apos;s directory cannot be read: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The organisation&apos;s directory has nobody in it yet. Ask the secretary to add the organisation&apos;s people first.</source>
        <translation>The organisation&apos;s directory has nobody in it yet. Ask the secretary to add the organisation&apos;s people first.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The request could not be sent: %1</source>
        <translation>The request could not be sent: %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>The secretary sees the same code and fingerprint in the workspace (Devices) and approves the request when they match. This device can vote once a meeting&apos;s roster lists it: the secretary updates the rosters after approving.</source>
        <translation>The secretary sees the same code and fingerprint in the workspace (Devices) and approves the request when they match. This device can vote once a meeting&apos;s roster lists it: the secretary updates the rosters after approving.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This computer does not trust an organisation yet. Sync with the shared folder and confirm the organisation&apos;s fingerprint first.</source>
        <translation>This computer does not trust an organisation yet. Sync with the shared folder and confirm the organisation&apos;s fingerprint first.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This device is enrolled for %1 (%2). A meeting&apos;s roster lists it once the secretary publishes or updates that meeting.</source>
        <translation>This device is enrolled for %1 (%2). A meeting&apos;s roster lists it once the secretary publishes or updates that meeting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was revoked for %1. It can no longer check in or vote. Ask the secretary if this is a mistake.</source>
        <translation>This device was revoked for %1. It can no longer check in or vote. Ask the secretary if this is a mistake.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>This device&apos;s key cannot be read or created in %1.</source>
        <translation>This device&apos;s key cannot be read or created in %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who uses this device?</source>
        <translation>Who uses this device?</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::EvictedDocument</name>
    <message>
        <location filename="../../ui/mainwindow/evicteddocument.cpp" line="+25"/>
        <source>&quot;%1&quot; belongs to a past meeting: its file was removed from this computer to save space. Your annotations and notes on it are kept.</source>
        <translation>&quot;%1&quot; belongs to a past meeting: its file was removed from this computer to save space. Your annotations and notes on it are kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch it again from the shared folder?</source>
        <translation>Fetch it again from the shared folder?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch again</source>
        <translation>Fetch again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fetching &quot;%1&quot; from the shared folder…</source>
        <translation>Fetching &quot;%1&quot; from the shared folder…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::FindBar</name>
    <message>
        <location filename="../../ui/viewer/findbar.cpp" line="+26"/>
        <source>Find in document (diacritics optional)</source>
        <translation>Find in document (diacritics optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close find bar (Esc)</source>
        <translation>Close find bar (Esc)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::FirstRunWizard</name>
    <message>
        <location filename="../../ui/setup/firstrunwizard.cpp" line="+223"/>
        <source>An empty shared folder every seat can read and write</source>
        <translation>An empty shared folder every seat can read and write</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backup copy of the key (a second protected file)</source>
        <translation>Backup copy of the key (a second protected file)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose a passphrase of at least 10 characters; a short sentence works well.</source>
        <translation>Choose a passphrase of at least 10 characters; a short sentence works well.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Choose an empty shared folder</source>
        <translation>Choose an empty shared folder</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choose the shared folder IT told you about (for instance \\server\phonghop or /mnt/phonghop). PhòngHọp reads the name of the organisation and its key fingerprint from it, and asks you to compare the fingerprint with the one IT gave you.</source>
        <translation>Choose the shared folder IT told you about (for instance \\server\phonghop or /mnt/phonghop). PhòngHọp reads the name of the organisation and its key fingerprint from it, and asks you to compare the fingerprint with the one IT gave you.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Choose the shared folder first.</source>
        <translation>Choose the shared folder first.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Choose the shared folder.</source>
        <translation>Choose the shared folder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where the backup copy goes (a USB stick, for instance).</source>
        <translation>Choose where the backup copy goes (a USB stick, for instance).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose where the key file goes.</source>
        <translation>Choose where the key file goes.</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+41"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Creating the organisation&apos;s key and shared folder…</source>
        <translation>Creating the organisation&apos;s key and shared folder…</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Done once, by IT or the secretariat. The organisation&apos;s key signs the agendas, the people directory and the rosters; whoever holds it can publish in the organisation&apos;s name. It stays on this computer, protected by a passphrase.</source>
        <translation>Done once, by IT or the secretariat. The organisation&apos;s key signs the agendas, the people directory and the rosters; whoever holds it can publish in the organisation&apos;s name. It stays on this computer, protected by a passphrase.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For IT or the secretariat, once: creates the organisation&apos;s key and its shared folder in an empty folder.</source>
        <translation>For IT or the secretariat, once: creates the organisation&apos;s key and its shared folder in an empty folder.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For delegates, the chair and the secretary: IT has told you where the folder is and given you the organisation&apos;s key fingerprint.</source>
        <translation>For delegates, the chair and the secretary: IT has told you where the folder is and given you the organisation&apos;s key fingerprint.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>For instance a file on a USB stick kept in a safe</source>
        <translation>For instance a file on a USB stick kept in a safe</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>For instance: UBND xã Sơn Hà</source>
        <translation>For instance: UBND xã Sơn Hà</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>How recovery works: the backup copy is the same key, protected by the same passphrase. If this computer breaks, install PhòngHọp on another one, copy the backup file there and open it with the passphrase: the fingerprint stays the same, so no seat has to be set up again. Keep the backup away from this computer and the passphrase in a sealed envelope. Without the key and its backup, a new organisation must be set up and every seat told its new fingerprint.</source>
        <translation>How recovery works: the backup copy is the same key, protected by the same passphrase. If this computer breaks, install PhòngHọp on another one, copy the backup file there and open it with the passphrase: the fingerprint stays the same, so no seat has to be set up again. Keep the backup away from this computer and the passphrase in a sealed envelope. Without the key and its backup, a new organisation must be set up and every seat told its new fingerprint.</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+27"/>
        <source>Join an organisation&apos;s shared folder</source>
        <translation>Join an organisation&apos;s shared folder</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Key file (on this computer)</source>
        <translation>Key file (on this computer)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Key files (*.key);;All files (*)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Name of the organisation</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing was trusted. Compare the fingerprint with IT, then try again.</source>
        <translation>Nothing was trusted. Compare the fingerprint with IT, then try again.</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Passphrase of the key</source>
        <translation>Passphrase of the key</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Read the folder and continue</source>
        <translation>Read the folder and continue</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>Reading the shared folder…</source>
        <translation>Reading the shared folder…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+58"/>
        <source>Set up a new organisation</source>
        <translation>Set up a new organisation</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+253"/>
        <source>Set up the organisation</source>
        <translation>Set up the organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up “%1” in %2?</source>
        <translation>Set up “%1” in %2?</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Shared folder (must be empty)</source>
        <translation>Shared folder (must be empty)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start using PhòngHọp</source>
        <translation>Start using PhòngHọp</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The backup copy could not be written: %1</source>
        <translation>The backup copy could not be written: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The backup copy must be another file than the key, best on another disk.</source>
        <translation>The backup copy must be another file than the key, best on another disk.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>The file %1 already exists. Choose another name: an existing key is never replaced.</source>
        <translation>The file %1 already exists. Choose another name: an existing key is never replaced.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>The folder %1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The folder %1 is empty: no organisation has been set up there yet. Ask IT for the right folder, or go back and choose “Set up a new organisation”.</source>
        <translation>The folder %1 is empty: no organisation has been set up there yet. Ask IT for the right folder, or go back and choose “Set up a new organisation”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is not a PhòngHọp shared folder. Ask IT for the right one.</source>
        <translation>The folder %1 is not a PhòngHọp shared folder. Ask IT for the right one.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The folder %1 is not empty. A new organisation needs an empty folder. If it already holds your organisation&apos;s shared folder, go back and choose “Join”.</source>
        <translation>The folder %1 is not empty. A new organisation needs an empty folder. If it already holds your organisation&apos;s shared folder, go back and choose “Join”.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The key fingerprint matches the one IT set for this computer. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</source>
        <translation>The key fingerprint matches the one IT set for this computer. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The organisation&apos;s key is created now and saved in %1 and %2. The folder becomes the organisation&apos;s shared folder; this cannot be undone from the app.</source>
        <translation>The organisation&apos;s key is created now and saved in %1 and %2. The folder becomes the organisation&apos;s shared folder; this cannot be undone from the app.</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>The passphrase again</source>
        <translation>The passphrase again</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The shared folder</source>
        <translation>The shared folder</translation>
    </message>
    <message>
        <location line="+415"/>
        <source>The system configuration of this computer names another fingerprint (%1): ask IT to replace it with the new one, or this computer refuses the new folder.</source>
        <translation>The system configuration of this computer names another fingerprint (%1): ask IT to replace it with the new one, or this computer refuses the new folder.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>The two passphrases differ. Type the same one twice.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>This computer is not connected to a meeting room yet. Meetings arrive through your organisation&apos;s shared folder.</source>
        <translation>This computer is not connected to a meeting room yet. Meetings arrive through your organisation&apos;s shared folder.</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>This computer now trusts the organisation with this key fingerprint. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</source>
        <translation>This computer now trusts the organisation with this key fingerprint. Meetings arrive from the shared folder in a moment. To take part in votes, enrol this device from the session panel (“Enrol this device”).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This folder belongs to “%1” with the key fingerprint %2, but IT has set this computer to trust only the fingerprint %3. Nothing was joined. Ask IT which folder is right.</source>
        <translation>This folder belongs to “%1” with the key fingerprint %2, but IT has set this computer to trust only the fingerprint %3. Nothing was joined. Ask IT which folder is right.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>This is the organisation&apos;s key fingerprint. Print it or write it down for IT: every seat compares it when it joins, and IT can put it in the system configuration. The key is in %1, its backup copy in %2: take the backup away from this computer now. Next: add the organisation&apos;s people in the secretary&apos;s workspace (People).</source>
        <translation>This is the organisation&apos;s key fingerprint. Print it or write it down for IT: every seat compares it when it joins, and IT can put it in the system configuration. The key is in %1, its backup copy in %2: take the backup away from this computer now. Next: add the organisation&apos;s people in the secretary&apos;s workspace (People).</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Type the name of the organisation.</source>
        <translation>Type the name of the organisation.</translation>
    </message>
    <message>
        <location line="-396"/>
        <location line="+37"/>
        <source>Welcome to PhòngHọp</source>
        <translation>Welcome to PhòngHọp</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Where to keep the backup copy of the key</source>
        <translation>Where to keep the backup copy of the key</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where to keep the organisation&apos;s key</source>
        <translation>Where to keep the organisation&apos;s key</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>You can also close this window and read a single PDF file, or choose the folder later from the Meeting menu.</source>
        <translation>You can also close this window and read a single PDF file, or choose the folder later from the Meeting menu.</translation>
    </message>
    <message>
        <location line="+446"/>
        <source>“%1” is set up</source>
        <translation>“%1” is set up</translation>
    </message>
    <message>
        <location line="-486"/>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MainMenus</name>
    <message>
        <location filename="../../ui/mainwindow/mainmenus.cpp" line="+16"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the shared &amp;folder…</source>
        <translation>Choose the shared &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cache and sync…</source>
        <translation>&amp;Cache and sync…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous document</source>
        <translation>&amp;Previous document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Display</source>
        <translation>&amp;Display</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the &amp;meetings</source>
        <translation>Go to the &amp;meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;agenda</source>
        <translation>Go to the &amp;agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;document</source>
        <translation>Go to the &amp;document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session panel</source>
        <translation>&amp;Session panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search all meetings</source>
        <translation>&amp;Search all meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PhòngHọp</source>
        <translation>&amp;About PhòngHọp</translation>
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
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consultations (%1)</source>
        <translation>Consultations (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 to answer)</source>
        <translation>%1 (%2 to answer)</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Annotations are unavailable: %1</source>
        <translation>Annotations are unavailable: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>My annotations</source>
        <translation>My annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal notes</source>
        <translation>Personal notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations and notes</source>
        <translation>Annotations and notes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Open a document of the meeting first</source>
        <translation>Open a document of the meeting first</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+39"/>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No meetings yet. Choose the shared folder of your office (Meeting → Choose the shared folder) to receive them.</source>
        <translation>No meetings yet. Choose the shared folder of your office (Meeting → Choose the shared folder) to receive them.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — PhòngHọp</source>
        <translation>%1 — PhòngHọp</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Your annotations could not be carried over to the new version: %1</source>
        <translation>Your annotations could not be carried over to the new version: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>This document has a new version. Your annotations were carried over; %n of them need your review (see My annotations).</source>
        <translation>
            <numerusform>This document has a new version. Your annotations were carried over; %n of them need your review (see My annotations).</numerusform>
            <numerusform>This document has a new version. Your annotations were carried over; %n of them need your review (see My annotations).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose the shared folder of the meetings</source>
        <translation>Choose the shared folder of the meetings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offline: %1. You keep working with the meetings already on this computer.</source>
        <translation>Offline: %1. You keep working with the meetings already on this computer.</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>The organisation is confirmed. Reading the shared folder…</source>
        <translation>The organisation is confirmed. Reading the shared folder…</translation>
    </message>
    <message>
        <location line="+448"/>
        <source>This computer does not trust the organisation of the shared folder yet, so nothing was read. Compare its fingerprint with the one IT gave you (Meeting → Confirm the organisation&apos;s fingerprint).</source>
        <translation>This computer does not trust the organisation of the shared folder yet, so nothing was read. Compare its fingerprint with the one IT gave you (Meeting → Confirm the organisation&apos;s fingerprint).</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MeetingColumn</name>
    <message>
        <location filename="../../ui/mainwindow/meetingcolumn.cpp" line="+55"/>
        <location line="+5"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chair: %1</source>
        <translation>Chair: %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MeetingForm</name>
    <message>
        <location filename="../../ui/secretary/meetingform.cpp" line="+23"/>
        <source>e.g. Regular meeting of December 2026</source>
        <translation>e.g. Regular meeting of December 2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regular meeting</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic meeting</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinary meeting</source>
        <translation>Extraordinary meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working session</source>
        <translation>Working session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting&apos;s id in the shared folder: lower-case letters, digits and dashes</source>
        <translation>The meeting&apos;s id in the shared folder: lower-case letters, digits and dashes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open to &amp;all staff</source>
        <translation>Open to &amp;all staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Every seat of the organisation copies this meeting, not only its participants&apos; seats</source>
        <translation>Every seat of the organisation copies this meeting, not only its participants&apos; seats</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host unit:</source>
        <translation>&amp;Host unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Chaired by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting &amp;id:</source>
        <translation>Meeting &amp;id:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A meeting with a confidential document is never open to all staff: only its participants&apos; seats copy it</source>
        <translation>A meeting with a confidential document is never open to all staff: only its participants&apos; seats copy it</translation>
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
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::MinutesWidget</name>
    <message>
        <location filename="../../ui/session/minuteswidget.cpp" line="+30"/>
        <location line="+60"/>
        <location line="+122"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Generate minutes…</source>
        <translation>Generate minutes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign minutes</source>
        <translation>Sign minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and place…</source>
        <translation>Number and place…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document numbers and the place printed in the minutes and the notice</source>
        <translation>The document numbers and the place printed in the minutes and the notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion notice…</source>
        <translation>Conclusion notice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the notice of the chair&apos;s conclusions (Thông báo kết luận) as PDF</source>
        <translation>Write the notice of the chair&apos;s conclusions (Thông báo kết luận) as PDF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The chair signed the minutes on %1; they are locked (SHA-256 %2…).</source>
        <translation>The chair signed the minutes on %1; they are locked (SHA-256 %2…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft minutes not generated yet.</source>
        <translation>Draft minutes not generated yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Conclusion notice</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Number and place</source>
        <translation>Number and place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in this meeting&apos;s minutes and notice.</source>
        <translation>Printed in this meeting&apos;s minutes and notice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in this meeting&apos;s minutes and notice; filled in from the last meeting.</source>
        <translation>Printed in this meeting&apos;s minutes and notice; filled in from the last meeting.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes number:</source>
        <translation>Minutes number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice number:</source>
        <translation>Notice number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+3"/>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign the minutes %1? Once signed they are locked and cannot be changed.</source>
        <translation>Sign the minutes %1? Once signed they are locked and cannot be changed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed minutes</source>
        <translation>Signed minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes of %1</source>
        <translation>Minutes of %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OrganisationConfirmDialog</name>
    <message>
        <location filename="../../ui/setup/organisationconfirmdialog.cpp" line="+37"/>
        <source>(no name given)</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All groups match — trust this organisation</source>
        <translation>All groups match — trust this organisation</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Compare every group with the fingerprint IT gave you (the printed sheet or their message). Confirm only when all of them match. If one group differs, cancel and call IT: the folder may not be your organisation&apos;s, and nothing from it will be shown.</source>
        <translation>Compare every group with the fingerprint IT gave you (the printed sheet or their message). Confirm only when all of them match. If one group differs, cancel and call IT: the folder may not be your organisation&apos;s, and nothing from it will be shown.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Confirm the organisation — PhòngHọp</source>
        <translation>Confirm the organisation — PhòngHọp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is this your organisation?</source>
        <translation>Is this your organisation?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Its key fingerprint:</source>
        <translation>Its key fingerprint:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They differ — cancel</source>
        <translation>They differ — cancel</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This computer does not trust any organisation yet. The shared folder %1 says it belongs to:</source>
        <translation>This computer does not trust any organisation yet. The shared folder %1 says it belongs to:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This computer does not trust any organisation yet. The shared folder says it belongs to:</source>
        <translation>This computer does not trust any organisation yet. The shared folder says it belongs to:</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OriginalFileAction</name>
    <message>
        <location filename="../../ui/mainwindow/originalfileaction.cpp" line="+18"/>
        <source>Save the original file…</source>
        <translation>Save the original file…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the original file (%1)…</source>
        <translation>Save the original file (%1)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the original file</source>
        <translation>Save the original file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original (*.%1);;All files (*)</source>
        <translation>The original (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the original file…</source>
        <translation>Saving the original file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original file was not saved: %1</source>
        <translation>The original file was not saved: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original file was saved as %1.</source>
        <translation>The original file was saved as %1.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::OtherOpinionEditor</name>
    <message>
        <location filename="../../ui/session/otheropinioneditor.cpp" line="+31"/>
        <source>Write your opinion</source>
        <translation>Write your opinion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cast with this opinion</source>
        <translation>Cast with this opinion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot;: your opinion, kept with your ballot</source>
        <translation>&quot;%1&quot;: your opinion, kept with your ballot</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PageView</name>
    <message>
        <location filename="../../ui/viewer/pageview.cpp" line="+380"/>
        <source>Loading page %1…</source>
        <translation>Loading page %1…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ParticipantsEditor</name>
    <message>
        <location filename="../../ui/secretary/participantseditor.cpp" line="+28"/>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file with the columns &quot;Họ và tên&quot;, &quot;Chức vụ&quot;, &quot;Vai trò&quot;, &quot;Trọng số&quot; (UTF-8 or Windows-1258)</source>
        <translation>A CSV file with the columns &quot;Họ và tên&quot;, &quot;Chức vụ&quot;, &quot;Vai trò&quot;, &quot;Trọng số&quot; (UTF-8 or Windows-1258)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote weight</source>
        <translation>Vote weight</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>— choose a role —</source>
        <translation>— choose a role —</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Import people from CSV</source>
        <translation>Import people from CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n people imported.</source>
        <translation>
            <numerusform>%n person imported.</numerusform>
            <numerusform>%n people imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PassphraseDialog</name>
    <message>
        <location filename="../../ui/setup/passphrasedialog.cpp" line="+74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fair. A few more words make it strong.</source>
        <translation>Fair. A few more words make it strong.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Open the key</source>
        <translation>Open the key</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening the key…</source>
        <translation>Opening the key…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Opening the organisation&apos;s key…</source>
        <translation>Opening the organisation&apos;s key…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Organisation key — PhòngHọp</source>
        <translation>Organisation key — PhòngHọp</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Passphrase of the organisation&apos;s key</source>
        <translation>Passphrase of the organisation&apos;s key</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>That passphrase is not the one of this key file. Check the keyboard language (Vietnamese input changes letters) and Caps Lock, then try again.</source>
        <translation>That passphrase is not the one of this key file. Check the keyboard language (Vietnamese input changes letters) and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The key file %1 is not protected by a passphrase. Make a protected copy (phonghop-cli org backup-key) and keep the old file out of reach.</source>
        <translation>The key file %1 is not protected by a passphrase. Make a protected copy (phonghop-cli org backup-key) and keep the old file out of reach.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The key file %1 is protected by a passphrase.</source>
        <translation>The key file %1 is protected by a passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of %1 (file %2) is protected by a passphrase.</source>
        <translation>The key of %1 (file %2) is protected by a passphrase.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The organisation&apos;s key file %1 cannot be used: %2</source>
        <translation>The organisation&apos;s key file %1 cannot be used: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The organisation&apos;s key file %1 needs its passphrase (PHONGHOP_KEY_PASSPHRASE).</source>
        <translation>The organisation&apos;s key file %1 needs its passphrase (PHONGHOP_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The passphrase in PHONGHOP_KEY_PASSPHRASE is not the one of this key file.</source>
        <translation>The passphrase in PHONGHOP_KEY_PASSPHRASE is not the one of this key file.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Too short: at least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Too short: at least 10 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Type it to sign with the organisation&apos;s key on this computer.</source>
        <translation>Type it to sign with the organisation&apos;s key on this computer.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Weak: longer is better, for instance four unrelated words.</source>
        <translation>Weak: longer is better, for instance four unrelated words.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PastMeetingDialog</name>
    <message>
        <location filename="../../ui/secretary/pastmeetingdialog.cpp" line="+22"/>
        <source>Copy a past meeting</source>
        <translation>Copy a past meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revise a published meeting</source>
        <translation>Revise a published meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new meeting gets its participants and agenda:</source>
        <translation>The new meeting gets its participants and agenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this meeting&apos;s latest revision to change and publish it again:</source>
        <translation>Open this meeting&apos;s latest revision to change and publish it again:</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PeoplePage</name>
    <message>
        <location filename="../../ui/secretary/peoplepage.cpp" line="+487"/>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 stays in the directory for the record but is no longer offered for new meetings.</source>
        <translation>%1 stays in the directory for the record but is no longer offered for new meetings.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 was added to the directory.</source>
        <translation>%1 was added to the directory.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message numerus="yes">
        <location line="-127"/>
        <source>%n people in the directory.</source>
        <translation>
            <numerusform>%n person in the directory.</numerusform>
            <numerusform>%n people in the directory.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(unnamed device)</source>
        <translation>(unnamed device)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>A CSV file, or an Excel sheet saved as CSV, with the columns “Mã”, “Họ và tên”, “Chức vụ”, “Đơn vị”, “Vai trò”, “Trọng số”</source>
        <translation>A CSV file, or an Excel sheet saved as CSV, with the columns “Mã”, “Họ và tên”, “Chức vụ”, “Đơn vị”, “Vai trò”, “Trọng số”</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Import %n people from %1?</source>
        <translation>
            <numerusform>Import %n person from %1?</numerusform>
            <numerusform>Import %n people from %1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-294"/>
        <location line="+293"/>
        <source>Import a staff list</source>
        <translation>Import a staff list</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Import a staff list…</source>
        <translation>Import a staff list…</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Importing %n people…</source>
        <translation>
            <numerusform>Importing %n person…</numerusform>
            <numerusform>Importing %n people…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Meetings invite people from this directory. Each change is signed with the organisation&apos;s key and kept as a new revision on the shared folder.</source>
        <translation>Meetings invite people from this directory. Each change is signed with the organisation&apos;s key and kept as a new revision on the shared folder.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of the body: proxies</source>
        <translation>Rules of the body: proxies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy holder may vote for the member they represent</source>
        <translation>A proxy holder may vote for the member they represent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People&apos;s Committees and People&apos;s Councils: off (members vote in person). Some other bodies&apos; regulations allow it.</source>
        <translation>People&apos;s Committees and People&apos;s Councils: off (members vote in person). Some other bodies&apos; regulations allow it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members represented by proxy count towards the quorum</source>
        <translation>Members represented by proxy count towards the quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rules</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved in the directory and copied into the rosters of upcoming meetings.</source>
        <translation>Saved in the directory and copied into the rosters of upcoming meetings.</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Saving the rules…</source>
        <translation>Saving the rules…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rules are saved (revision %1).</source>
        <translation>The rules are saved (revision %1).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: %1 lists nobody.</source>
        <translation>Nothing was imported: %1 lists nobody.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People already in the directory (same id, or same full name) are updated; nobody is removed.</source>
        <translation>People already in the directory (same id, or same full name) are updated; nobody is removed.</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Reading the directory…</source>
        <translation>Reading the directory…</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Retire %1?</source>
        <translation>Retire %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire a person</source>
        <translation>Retire a person</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Retire…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Retiring %1…</source>
        <translation>Retiring %1…</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Show retired people</source>
        <translation>Show retired people</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Staff lists (*.csv *.txt);;All files (*)</source>
        <translation>Staff lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The directory cannot be read: %1</source>
        <translation>The directory cannot be read: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The organisation&apos;s key file cannot be read: %1</source>
        <translation>The organisation&apos;s key file cannot be read: %1</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The organisation&apos;s people</source>
        <translation>The organisation&apos;s people</translation>
    </message>
    <message numerus="yes">
        <location line="+345"/>
        <source>Their %n enrolled device(s) stay enrolled until you revoke them on the Devices page.</source>
        <translation>
            <numerusform>Their %n enrolled device stay enrolled until you revoke them on the Devices page.</numerusform>
            <numerusform>Their %n enrolled devices stay enrolled until you revoke them on the Devices page.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PersonDialog</name>
    <message>
        <location line="-266"/>
        <source>0: takes part without a vote</source>
        <translation>0: takes part without a vote</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For instance: Phó Chủ tịch UBND xã</source>
        <translation>For instance: Phó Chủ tịch UBND xã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For instance: Văn phòng HĐND và UBND</source>
        <translation>For instance: Văn phòng HĐND và UBND</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Type the person&apos;s full name.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual role in meetings</source>
        <translation>Usual role in meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote weight</source>
        <translation>Vote weight</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PersonalNotesEditor</name>
    <message>
        <location filename="../../ui/annotations/personalnoteseditor.cpp" line="+19"/>
        <source>Your personal notes — only you can see them.</source>
        <translation>Your personal notes — only you can see them.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personal notes on the meeting: %1</source>
        <translation>Personal notes on the meeting: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal notes on: %1</source>
        <translation>Personal notes on: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes could not be read.</source>
        <translation>Your notes could not be read.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollForm</name>
    <message>
        <location filename="../../ui/session/pollform.cpp" line="+21"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is put to the vote</source>
        <translation>What is put to the vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve / disapprove / abstain</source>
        <translation>Approve / disapprove / abstain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among options</source>
        <translation>Choose among options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options separated by ;</source>
        <translation>Options separated by ;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People&apos;s Committee</source>
        <translation>People&apos;s Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s Council</source>
        <translation>People&apos;s Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s Council, dismissal</source>
        <translation>People&apos;s Council, dismissal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority of ballots cast</source>
        <translation>Majority of ballots cast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the rule says</source>
        <translation>As the rule says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members entitled to vote</source>
        <translation>All members entitled to vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots cast, abstentions included</source>
        <translation>Ballots cast, abstentions included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots for and against only (abstentions not counted)</source>
        <translation>Ballots for and against only (abstentions not counted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted against:</source>
        <translation>Counted against:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the option &quot;Ý kiến khác&quot;</source>
        <translation>Add the option &quot;Ý kiến khác&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters may choose it and write their opinion in words</source>
        <translation>Voters may choose it and write their opinion in words</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open poll</source>
        <translation>Open poll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close poll</source>
        <translation>Close poll</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Give the poll a title</source>
        <translation>Give the poll a title</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollPrompt</name>
    <message>
        <location filename="../../ui/session/pollprompt.cpp" line="+30"/>
        <source>Vote now</source>
        <translation>Vote now</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open for %1:%2</source>
        <translation>Open for %1:%2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollResultModel</name>
    <message>
        <location filename="../../ui/session/pollresultmodel.cpp" line="+9"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (elected)</source>
        <translation> (elected)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PollsWidget</name>
    <message>
        <location filename="../../ui/session/pollswidget.cpp" line="+81"/>
        <source>Export result CSV…</source>
        <translation>Export result CSV…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>For %1 (by proxy)</source>
        <translation>For %1 (by proxy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For myself</source>
        <translation>For myself</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[closed] </source>
        <translation>[closed] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[open] </source>
        <translation>[open] </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No poll is open</source>
        <translation>No poll is open</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (secret ballot)</source>
        <translation> (secret ballot)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open. %1 of %2 have voted.</source>
        <translation>Open. %1 of %2 have voted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your vote: %1 — you may change it until the poll is closed.</source>
        <translation>Your vote: %1 — you may change it until the poll is closed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Not voted yet: %1</source>
        <translation>Not voted yet: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everyone has voted.</source>
        <translation>Everyone has voted.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other opinions:</source>
        <translation>Other opinions:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b style=&quot;color:#1b5e20&quot;&gt;PASSED&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#1b5e20&quot;&gt;PASSED&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;NOT PASSED&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;NOT PASSED&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: your last ballot is not counted in the chair&apos;s result.</source>
        <translation>Warning: your last ballot is not counted in the chair&apos;s result.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Close the poll</source>
        <translation>Close the poll</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Close the poll &quot;%1&quot;? No ballot is accepted after it is closed, and the result is signed and sent to every seat.</source>
        <translation>Close the poll &quot;%1&quot;? No ballot is accepted after it is closed, and the result is signed and sent to every seat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting has no prepared poll %1</source>
        <translation>The meeting has no prepared poll %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prepared poll &quot;%1&quot; cannot be opened: %2</source>
        <translation>The prepared poll &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Open the poll</source>
        <translation>Open the poll</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the poll &quot;%1&quot;? Every seat can vote as soon as it is open.
%2</source>
        <translation>Open the poll &quot;%1&quot;? Every seat can vote as soon as it is open.
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The poll is not closed yet</source>
        <translation>The poll is not closed yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the result</source>
        <translation>Export the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PreparedPollsBox</name>
    <message>
        <location filename="../../ui/session/preparedpolls.cpp" line="+21"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (opened)</source>
        <translation>%1 (opened)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this prepared poll</source>
        <translation>Open this prepared poll</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PreparedPollsEditor</name>
    <message>
        <location filename="../../ui/secretary/preparedpollseditor.cpp" line="+52"/>
        <source>e.g. Approve Submission No. 12/TTr-UBND</source>
        <translation>e.g. Approve Submission No. 12/TTr-UBND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve / Disapprove / Abstain</source>
        <translation>Approve / Disapprove / Abstain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / No</source>
        <translation>Yes / No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose among options (election)</source>
        <translation>Choose among options (election)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One option per line</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most:</source>
        <translation>At most:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add poll</source>
        <translation>Add poll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save poll</source>
        <translation>Save poll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove poll</source>
        <translation>Remove poll</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select an agenda item to prepare its polls</source>
        <translation>Select an agenda item to prepare its polls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polls prepared for %1</source>
        <translation>Polls prepared for %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One candidate or option per line</source>
        <translation>One candidate or option per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for the usual words, or one per line in the same order</source>
        <translation>Leave empty for the usual words, or one per line in the same order</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the question delegates vote on.</source>
        <translation>Write the question delegates vote on.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This kind of poll has %n option(s); write that many lines or none.</source>
        <translation>
            <numerusform>This kind of poll has %n option; write that many lines or none.</numerusform>
            <numerusform>This kind of poll has %n options; write that many lines or none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::PresentationWidget</name>
    <message>
        <location filename="../../ui/viewer/presentationwidget.cpp" line="+18"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ReadingMode</name>
    <message>
        <location filename="../../ui/mainwindow/readingmode.cpp" line="+23"/>
        <source>Reading mode</source>
        <translation>Reading mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading mode: the document alone, full width (F8)</source>
        <translation>Reading mode: the document alone, full width (F8)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meetings, the agenda and its documents</source>
        <translation>The meetings, the agenda and its documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session panel: attendance, speakers, votes (F9)</source>
        <translation>The session panel: attendance, speakers, votes (F9)</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ReviewPage</name>
    <message>
        <location filename="../../ui/annotations/annotationreviewview.cpp" line="-461"/>
        <source>This version is protected by a password.</source>
        <translation>This version is protected by a password.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="+98"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft decision</source>
        <translation>Draft decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search documents, agendas and notes (accents optional)</source>
        <translation>Search documents, agendas and notes (accents optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All meetings</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All document types</source>
        <translation>All document types</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item %1</source>
        <translation>Agenda item %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My annotation — page %1</source>
        <translation>My annotation — page %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My annotation</source>
        <translation>My annotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My notes on the meeting</source>
        <translation>My notes on the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My notes — item %1</source>
        <translation>My notes — item %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conclusion — item %1</source>
        <translation>Conclusion — item %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Indexing documents: %1 of %2</source>
        <translation>Indexing documents: %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the search index…</source>
        <translation>Preparing the search index…</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SeatActions</name>
    <message>
        <location filename="../../ui/mainwindow/seatactions.cpp" line="+24"/>
        <source>&amp;Confirm the organisation&apos;s fingerprint…</source>
        <translation>&amp;Confirm the organisation&apos;s fingerprint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol this device…</source>
        <translation>&amp;Enrol this device…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the organisation&apos;s &amp;key file…</source>
        <translation>Use the organisation&apos;s &amp;key file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s &amp;workspace…</source>
        <translation>Secretary&apos;s &amp;workspace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates&apos; &amp;comments on this document…</source>
        <translation>Delegates&apos; &amp;comments on this document…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter this device&apos;s &amp;PIN…</source>
        <translation>Enter this device&apos;s &amp;PIN…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect this device with a &amp;PIN…</source>
        <translation>Protect this device with a &amp;PIN…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The organisation&apos;s key file</source>
        <translation>The organisation&apos;s key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Key files (*.key);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be used as the organisation&apos;s key: %2</source>
        <translation>%1 cannot be used as the organisation&apos;s key: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is the key of another organisation (fingerprint %2); this computer trusts %3.</source>
        <translation>%1 is the key of another organisation (fingerprint %2); this computer trusts %3.</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SecretaryWorkspace</name>
    <message>
        <location filename="../../ui/secretary/secretaryworkspace.cpp" line="+57"/>
        <source>Secretary&apos;s workspace — PhòngHọp</source>
        <translation>Secretary&apos;s workspace — PhòngHọp</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meetings in preparation</source>
        <translation>Meetings in preparation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a &amp;past meeting…</source>
        <translation>Copy a &amp;past meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revise a published meeting…</source>
        <translation>&amp;Revise a published meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1. Meeting</source>
        <translation>1. Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Participants</source>
        <translation>2. Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Agenda and documents</source>
        <translation>3. Agenda and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Preview as a delegate</source>
        <translation>4. Preview as a delegate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish to all seats</source>
        <translation>&amp;Publish to all seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Editing revision %1 of this meeting. Publishing makes revision %2.</source>
        <translation>Editing revision %1 of this meeting. Publishing makes revision %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting has not been published yet.</source>
        <translation>This meeting has not been published yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(untitled meeting)</source>
        <translation>(untitled meeting)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>· published, revision %1</source>
        <translation>· published, revision %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new meeting was prepared from “%1”: participants and agenda copied, documents not. Check the date and attach this meeting&apos;s documents.</source>
        <translation>A new meeting was prepared from “%1”: participants and agenda copied, documents not. Check the date and attach this meeting&apos;s documents.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No published meeting has been synced to this computer yet.</source>
        <translation>No published meeting has been synced to this computer yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft “%1” from this computer? What was already published stays published.</source>
        <translation>Delete the draft “%1” from this computer? What was already published stays published.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Checking the meeting and opening each document…</source>
        <translation>Checking the meeting and opening each document…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem(s) must be fixed before publishing.</source>
        <translation>
            <numerusform>%n problem must be fixed before publishing.</numerusform>
            <numerusform>%n problems must be fixed before publishing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to publish.</source>
        <translation>Ready to publish.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The publishing key cannot be read (%1): %2</source>
        <translation>The publishing key cannot be read (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the meeting…</source>
        <translation>Checking the meeting…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling… the share stays as it was.</source>
        <translation>Cancelling… the share stays as it was.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting document %1 of %2 to PDF with LibreOffice: %3</source>
        <translation>Converting document %1 of %2 to PDF with LibreOffice: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storing document %1 of %2: %3 (%4)</source>
        <translation>Storing document %1 of %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 Delegates receive it at their next sync.</source>
        <translation>%1 Delegates receive it at their next sync.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else published this meeting</source>
        <translation>Someone else published this meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their revision could not be compared with yours.</source>
        <translation>Their revision could not be compared with yours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they changed:
• %1</source>
        <translation>What they changed:
• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish mine on top of theirs</source>
        <translation>Publish mine on top of theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review first</source>
        <translation>Review first</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Not published: the organisation&apos;s key stays locked.</source>
        <translation>Not published: the organisation&apos;s key stays locked.</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Publish to all seats</source>
        <translation>Publish to all seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this meeting to every seat now? Delegates receive it at their next sync; a later change makes a new revision.</source>
        <translation>Publish this meeting to every seat now? Delegates receive it at their next sync; a later change makes a new revision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SessionHeader</name>
    <message>
        <location filename="../../ui/session/sessionheader.cpp" line="+30"/>
        <source>Enrol this device</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick who you are from the organisation&apos;s directory and ask the secretary to approve this device</source>
        <translation>Pick who you are from the organisation&apos;s directory and ask the secretary to approve this device</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo only: act as another participant of the demo meeting</source>
        <translation>Demo only: act as another participant of the demo meeting</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Waiting for the meeting roster from the share…</source>
        <translation>Waiting for the meeting roster from the share…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is not enrolled in the roster yet (key %1). Ask the secretary.</source>
        <translation>This device is not enrolled in the roster yet (key %1). Ask the secretary.</translation>
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
            <numerusform>Not delivered yet: %n record waits to be sent to the shared folder.</numerusform>
            <numerusform>Not delivered yet: %n records wait to be sent to the shared folder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This device&apos;s own key</source>
        <translation>This device&apos;s own key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act as %1</source>
        <translation>Act as %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder cannot be reached. The session is shown as read at %1; what you do here is kept and delivered when the folder is back.</source>
        <translation>The shared folder cannot be reached. The session is shown as read at %1; what you do here is kept and delivered when the folder is back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared folder cannot be reached. What you do here is kept and delivered when the folder is back.</source>
        <translation>The shared folder cannot be reached. What you do here is kept and delivered when the folder is back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session has not started an agenda item yet</source>
        <translation>The session has not started an agenda item yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 of %2 · %3 handled</source>
        <translation>Item %1 of %2 · %3 handled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session/sessiontaskwidget.cpp" line="+101"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Over time by %n minute</numerusform>
            <numerusform>Over time by %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SessionPanel</name>
    <message>
        <location filename="../../ui/session/sessionpanel.cpp" line="+42"/>
        <source>Roll call</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SetupWidgets</name>
    <message>
        <location filename="../../ui/setup/setupwidgets.cpp" line="+97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SignaturesBar</name>
    <message>
        <location filename="../../ui/viewer/signaturesbar.cpp" line="+98"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Signed by %2 on %3: %4</source>
        <translation>%1 Signed by %2 on %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>an unknown signer</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SigningDialog</name>
    <message>
        <location filename="../../ui/session/signingdialog.cpp" line="+22"/>
        <source>Sign with a certificate — PhòngHọp</source>
        <translation>Sign with a certificate — PhòngHọp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token PIN:</source>
        <translation>Token PIN:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show certificates</source>
        <translation>Show certificates</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock without a PDF signature</source>
        <translation>Lock without a PDF signature</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No token is present: plug in the token, then look again.</source>
        <translation>No token is present: plug in the token, then look again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens: %1</source>
        <translation>Tokens: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not valid now)</source>
        <translation>%1 (not valid now)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate that can sign was found. Is the PIN right, and the token plugged in?</source>
        <translation>No certificate that can sign was found. Is the PIN right, and the token plugged in?</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SpeakerQueueModel</name>
    <message>
        <location filename="../../ui/session/speakerqueuemodel.cpp" line="+9"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SpeakersWidget</name>
    <message>
        <location filename="../../ui/session/speakerswidget.cpp" line="+32"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make current</source>
        <translation>Make current</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop time</source>
        <translation>Stop time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+300"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-298"/>
        <location line="+150"/>
        <source>Close the list</source>
        <translation>Close the list</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Speaking time per speaker:</source>
        <translation>Speaking time per speaker:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For this item</source>
        <translation>For this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the meeting</source>
        <translation>For the meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broadcast my page to every seat</source>
        <translation>Broadcast my page to every seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every seat follows the page I am reading</source>
        <translation>Every seat follows the page I am reading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor</source>
        <translation>The floor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Topic (optional)</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask to speak</source>
        <translation>Ask to speak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw my request</source>
        <translation>Withdraw my request</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to speak:</source>
        <translation>Waiting to speak:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to ask a question:</source>
        <translation>Waiting to ask a question:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the presenter</source>
        <translation>Follow the presenter</translation>
    </message>
    <message>
        <location line="+57"/>
        <source> — finished</source>
        <translation> — finished</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has the floor (%2)%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; has the floor (%2)%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has the floor%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; has the floor%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody has the floor</source>
        <translation>Nobody has the floor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chair has closed the speakers&apos; list of this item.</source>
        <translation>The chair has closed the speakers&apos; list of this item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the list</source>
        <translation>Reopen the list</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time spoken</source>
        <translation>Time spoken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Over the speaking time of %1</source>
        <translation>Over the speaking time of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left of %1</source>
        <translation>Time left of %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You have no request waiting on this item</source>
        <translation>You have no request waiting on this item</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No agenda item is current</source>
        <translation>No agenda item is current</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Choose a request in the list first</source>
        <translation>Choose a request in the list first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1&apos;s request off the speakers&apos; list?</source>
        <translation>Take %1&apos;s request off the speakers&apos; list?</translation>
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
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown option %1</source>
        <translation>Unknown option %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one file can be opened at a time</source>
        <translation>Only one file can be opened at a time</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::StatisticsPage</name>
    <message>
        <location filename="../../ui/stats/statisticspage.cpp" line="+48"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By agenda item</source>
        <translation>By agenda item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document kinds</source>
        <translation>Document kinds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a period and a unit, then Show.</source>
        <translation>Choose a period and a unit, then Show.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancelled. The figures shown are those this seat&apos;s cache held.</source>
        <translation>Cancelled. The figures shown are those this seat&apos;s cache held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the sessions&apos; records from the share: the figures may still change…</source>
        <translation>Reading the sessions&apos; records from the share: the figures may still change…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Consultation answer rates are not available on this seat: no consultation has been read into its cache.</source>
        <translation>Consultation answer rates are not available on this seat: no consultation has been read into its cache.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all units</source>
        <translation>all units</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting(s) %1, %2.</source>
        <translation>
            <numerusform>%n meeting(s) %1, %2.</numerusform>
            <numerusform>%n meeting(s) %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The share could not be reached: the sessions are counted as this seat last read them.</source>
        <translation>The share could not be reached: the sessions are counted as this seat last read them.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n meeting(s) could not be read again from the share; their figures are as this seat last read them: %1</source>
        <translation>
            <numerusform>%n meeting(s) could not be read again from the share; their figures are as this seat last read them: %1</numerusform>
            <numerusform>%n meeting(s) could not be read again from the share; their figures are as this seat last read them: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Session records of %n meeting(s) read from the share now.</source>
        <translation>
            <numerusform>Session records of %n meeting(s) read from the share now.</numerusform>
            <numerusform>Session records of %n meeting(s) read from the share now.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No share is set on this seat: the sessions are counted as this seat last read them.</source>
        <translation>No share is set on this seat: the sessions are counted as this seat last read them.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No session record for %n meeting(s): their attendance, speeches and polls are not in these figures.</source>
        <translation>
            <numerusform>No session record for %n meeting(s): their attendance, speeches and polls are not in these figures.</numerusform>
            <numerusform>No session record for %n meeting(s): their attendance, speeches and polls are not in these figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export the statistics as PDF</source>
        <translation>Export the statistics as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the statistics as CSV</source>
        <translation>Export the statistics as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::SyncStatusBar</name>
    <message>
        <location filename="../../ui/mainwindow/syncstatusbar.cpp" line="+39"/>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No shared folder chosen</source>
        <translation>No shared folder chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share: %1</source>
        <translation>Share: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;●&lt;/span&gt; Online</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;●&lt;/span&gt; Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; &lt;b&gt;Offline&lt;/b&gt; — working from the local copy</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;●&lt;/span&gt; &lt;b&gt;Offline&lt;/b&gt; — working from the local copy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documents %1 of %2</source>
        <translation>Documents %1 of %2</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::TouchStyle</name>
    <message>
        <location filename="../../ui/style/touchstyle.cpp" line="+185"/>
        <source>Detach</source>
        <translation>Detach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+1"/>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>phonghop::ui::ViewerToolBar</name>
    <message>
        <location filename="../../ui/viewer/viewertoolbar.cpp" line="+33"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to page (Ctrl+G)</source>
        <translation>Go to page (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
</TS>
