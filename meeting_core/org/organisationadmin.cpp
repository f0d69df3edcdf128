#include "organisationadmin.h"

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/textencoding.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/organisationpin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::OrganisationAdmin)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Why a device or fingerprint the secretary typed has no pending request.
QString notPendingMessage(const QString &deviceOrFingerprint, const PeopleDirectory &directory)
{
    const QString digits = normaliseFingerprint(deviceOrFingerprint).remove(u'-');
    if (digits.isEmpty())
        return Tr::tr("\"%1\" is not a device fingerprint (32 hex digits, in groups of four)")
            .arg(deviceOrFingerprint.trimmed());
    if (const DirectoryPerson *owner = directory.personWithDevice(digits)) {
        const DirectoryDevice *device = directory.device(digits);
        if (device && !device->active())
            return Tr::tr("The device %1 of %2 was revoked; it cannot be enrolled again")
                .arg(keyFingerprint(device->publicKey), owner->fullName);
        return Tr::tr("The device %1 is already enrolled for %2")
            .arg(normaliseFingerprint(digits), owner->fullName);
    }
    return Tr::tr("No pending enrolment request has the fingerprint %1; check the fingerprint "
                  "shown on the device, or ask it to request enrolment again")
        .arg(normaliseFingerprint(digits));
}

// An id readPeopleList() made from the name (the list had no ids): "nguyen-van-an", "-2", ...
bool isIdMadeFromName(const QString &id, const QString &fullName)
{
    const QString base = personIdFromName(fullName);
    if (id == base)
        return true;
    if (!id.startsWith(base + u'-'))
        return false;
    bool number = false;
    id.mid(base.size() + 1).toInt(&number);
    return number;
}

} // namespace

OrganisationAdmin::OrganisationAdmin(QString shareRoot, ShareInfo info, SigningKey key)
    : m_root(std::move(shareRoot))
    , m_info(std::move(info))
    , m_key(std::move(key))
{
}

Result<OrganisationAdmin> OrganisationAdmin::initialise(
    const QString &shareRoot, const QString &organisationName, const SigningKey &organisationKey)
{
    using R = Result<OrganisationAdmin>;
    if (organisationName.trimmed().isEmpty())
        return R::failure(Tr::tr("The organisation needs a name"));
    const QString descriptor = QDir(shareRoot).filePath(shareformat::descriptorFileName);
    if (QFileInfo::exists(descriptor)) {
        const Result<ShareInfo> existing = ShareReader(shareRoot).readInfo();
        if (existing)
            return R::failure(Tr::tr("The folder %1 already holds the share of \"%2\" (key %3); "
                                     "it is left as it is. Choose an empty folder, or open this "
                                     "share with its organisation key.")
                                  .arg(shown(shareRoot), existing->organisationName,
                                      keyFingerprint(existing->organisationKey)));
        return R::failure(
            Tr::tr("The folder %1 already holds a share (%2 is there, but cannot be "
                   "read: %3); it is left as it is. Choose an empty folder.")
                .arg(shown(shareRoot), shareformat::descriptorFileName, existing.error()));
    }
    if (!QDir().mkpath(shareRoot))
        return R::failure(Tr::tr("Cannot create the folder %1").arg(shown(shareRoot)));
    if (Status made
        = ShareWriter(shareRoot).initialise(organisationName.trimmed(), organisationKey);
        !made)
        return R::failure(made.error());
    const Result<ShareInfo> info = ShareReader(shareRoot).readInfo();
    if (!info)
        return R::failure(info.error());
    if (info->organisationKey != organisationKey.publicKey()) // another set-up won the race
        return R::failure(Tr::tr("The folder %1 was just set up by someone else, with another key")
                              .arg(shown(shareRoot)));
    OrganisationAdmin admin(shareRoot, info.value(), organisationKey);
    const Result<PeopleDirectory> directory = DirectoryStore(shareRoot).update(
        organisationKey, [](PeopleDirectory &) { return Status::success(); });
    if (!directory)
        return R::failure(directory.error());
    return admin;
}

Result<OrganisationAdmin> OrganisationAdmin::open(
    const QString &shareRoot, const SigningKey &organisationKey)
{
    using R = Result<OrganisationAdmin>;
    const Result<ShareInfo> info = ShareReader(shareRoot).readInfo();
    if (!info)
        return R::failure(info.error());
    if (info->organisationKey != organisationKey.publicKey())
        return R::failure(Tr::tr("This key belongs to another organisation: the share at %1 is "
                                 "\"%2\", key %3, and the key given is %4")
                              .arg(shown(shareRoot), info->organisationName,
                                  keyFingerprint(info->organisationKey),
                                  keyFingerprint(organisationKey.publicKey())));
    return OrganisationAdmin(shareRoot, info.value(), organisationKey);
}

QString OrganisationAdmin::fingerprint() const
{
    return keyFingerprint(m_key.publicKey());
}

Result<DirectoryStore::Reading> OrganisationAdmin::directory() const
{
    return DirectoryStore(m_root).read(m_key.publicKey());
}

Result<OrganisationAdmin::ImportSummary> OrganisationAdmin::importPeople(
    const QList<DirectoryPerson> &people)
{
    using R = Result<ImportSummary>;
    ImportSummary summary;
    const Result<PeopleDirectory> written
        = DirectoryStore(m_root).update(m_key, [&](PeopleDirectory &directory) {
              summary.added = 0; // the edit runs again when another secretary wrote first
              summary.updated = 0;
              QSet<QString> before; // ids present before this import
              QHash<QString, QString> byName; // folded full name -> id, one person of that name
              QSet<QString> ambiguous;
              for (const DirectoryPerson &existing : directory.people) {
                  before.insert(existing.id);
                  const QString name = existing.fullName.simplified().toCaseFolded();
                  if (byName.contains(name))
                      ambiguous.insert(name);
                  byName.insert(name, existing.id);
              }
              QStringList taken;
              for (const DirectoryPerson &existing : directory.people)
                  taken << existing.id;
              for (const DirectoryPerson &incoming : people) {
                  QString id = incoming.id.trimmed();
                  // No id in the list (or only one made from the name): the person of that
                  // name, when the directory has exactly one.
                  if (id.isEmpty()
                      || (!before.contains(id) && isIdMadeFromName(id, incoming.fullName))) {
                      const QString name = incoming.fullName.simplified().toCaseFolded();
                      if (byName.contains(name) && !ambiguous.contains(name))
                          id = byName.value(name);
                  }
                  DirectoryPerson *target
                      = (!id.isEmpty() && before.contains(id)) ? directory.person(id) : nullptr;
                  if (target) {
                      const bool changed = target->fullName != incoming.fullName
                          || target->position != incoming.position || target->unit != incoming.unit
                          || target->defaultRole != incoming.defaultRole
                          || target->weight != incoming.weight;
                      target->fullName = incoming.fullName;
                      target->position = incoming.position;
                      target->unit = incoming.unit;
                      target->defaultRole = incoming.defaultRole;
                      target->weight = incoming.weight;
                      if (changed)
                          ++summary.updated;
                      continue;
                  }
                  DirectoryPerson added = incoming;
                  added.devices.clear(); // devices come through enrolment only
                  added.id = id.isEmpty() ? personIdFromName(incoming.fullName, taken) : id;
                  if (directory.person(added.id))
                      return Status::failure(
                          Tr::tr("The list names the id \"%1\" twice").arg(added.id));
                  taken << added.id;
                  directory.people << added;
                  ++summary.added;
              }
              return Status::success();
          });
    if (!written)
        return R::failure(written.error());
    summary.directory = written.value();
    return summary;
}

Result<PeopleDirectory> OrganisationAdmin::savePerson(const DirectoryPerson &person)
{
    return DirectoryStore(m_root).update(m_key, [&](PeopleDirectory &directory) {
        DirectoryPerson edited = person;
        if (edited.id.trimmed().isEmpty()) {
            QStringList taken;
            for (const DirectoryPerson &existing : directory.people)
                taken << existing.id;
            edited.id = personIdFromName(edited.fullName, taken);
        }
        if (DirectoryPerson *existing = directory.person(edited.id)) {
            edited.devices = existing->devices; // devices change through enrolment only
            *existing = edited;
        } else {
            edited.devices.clear();
            directory.people << edited;
        }
        return Status::success();
    });
}

Result<PeopleDirectory> OrganisationAdmin::retirePerson(const QString &personId)
{
    return DirectoryStore(m_root).update(m_key, [&](PeopleDirectory &directory) {
        DirectoryPerson *person = directory.person(personId);
        if (!person)
            return Status::failure(
                Tr::tr("Nobody with the id \"%1\" is in the organisation's directory")
                    .arg(personId));
        if (person->retired)
            return Status::failure(
                Tr::tr("%1 has already left the organisation").arg(person->fullName));
        person->retired = true;
        return Status::success();
    });
}

Result<PeopleDirectory> OrganisationAdmin::setProxyRules(
    bool proxyVoting, bool countProxiesForQuorum)
{
    return DirectoryStore(m_root).update(m_key, [&](PeopleDirectory &directory) {
        directory.proxyVoting = proxyVoting;
        directory.countProxiesForQuorum = countProxiesForQuorum;
        return Status::success();
    });
}

Result<EnrolmentScan> OrganisationAdmin::pendingEnrolments() const
{
    const Result<DirectoryStore::Reading> reading = directory();
    if (!reading)
        return Result<EnrolmentScan>::failure(reading.error());
    EnrolmentScan scan = scanEnrolmentRequests(m_root, reading->directory);
    scan.problems = reading->problems + scan.problems;
    return scan;
}

Result<DirectoryDevice> OrganisationAdmin::approve(const QString &deviceOrFingerprint)
{
    using R = Result<DirectoryDevice>;
    const Result<QList<DirectoryDevice>> approved = approveMany({ deviceOrFingerprint });
    if (!approved)
        return R::failure(approved.error());
    return approved->first();
}

Result<QList<DirectoryDevice>> OrganisationAdmin::approveMany(
    const QStringList &devicesOrFingerprints)
{
    using R = Result<QList<DirectoryDevice>>;
    const Result<DirectoryStore::Reading> reading = directory();
    if (!reading)
        return R::failure(reading.error());
    // Requests are immutable files: found once, each in its device's own folder. The directory
    // is read again by update(), so an answer given meanwhile by another secretary is seen.
    QList<PendingEnrolment> requests;
    for (const QString &wanted : devicesOrFingerprints) {
        const EnrolmentScan scan = scanEnrolmentRequestsOf(m_root, reading->directory, wanted);
        const PendingEnrolment *pending = findPending(scan, wanted);
        if (!pending)
            return R::failure(notPendingMessage(wanted, reading->directory));
        requests << *pending;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<PeopleDirectory> written
        = DirectoryStore(m_root).update(m_key, [&](PeopleDirectory &directory) {
              for (const PendingEnrolment &request : requests) {
                  if (Status approved = approveEnrolment(directory, request, now); !approved)
                      return approved;
              }
              return Status::success();
          });
    if (!written)
        return R::failure(written.error());
    QList<DirectoryDevice> devices;
    for (const PendingEnrolment &request : requests) {
        if (const DirectoryDevice *device = written->device(request.request.deviceId))
            devices << *device;
    }
    return devices;
}

Result<PendingEnrolment> OrganisationAdmin::reject(const QString &deviceOrFingerprint)
{
    using R = Result<PendingEnrolment>;
    const Result<DirectoryStore::Reading> reading = directory();
    if (!reading)
        return R::failure(reading.error());
    const EnrolmentScan scan
        = scanEnrolmentRequestsOf(m_root, reading->directory, deviceOrFingerprint);
    const PendingEnrolment *pending = findPending(scan, deviceOrFingerprint);
    if (!pending)
        return R::failure(notPendingMessage(deviceOrFingerprint, reading->directory));
    const PendingEnrolment request = *pending;
    const Result<PeopleDirectory> written = DirectoryStore(m_root).update(
        m_key, [&](PeopleDirectory &directory) { return rejectEnrolment(directory, request); });
    if (!written)
        return R::failure(written.error());
    return request;
}

Result<DirectoryDevice> OrganisationAdmin::revoke(const QString &deviceOrFingerprint)
{
    using R = Result<DirectoryDevice>;
    const QString digits = normaliseFingerprint(deviceOrFingerprint).remove(u'-');
    if (digits.isEmpty())
        return R::failure(
            Tr::tr("\"%1\" is not a device fingerprint (32 hex digits, in groups of four)")
                .arg(deviceOrFingerprint.trimmed()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<PeopleDirectory> written = DirectoryStore(m_root).update(
        m_key, [&](PeopleDirectory &directory) { return revokeDevice(directory, digits, now); });
    if (!written)
        return R::failure(written.error());
    return *written->device(digits);
}

// --- Staff lists -------------------------------------------------------------------------

namespace {

// Header text without case, diacritics or spaces: "Họ và tên" -> "hovaten".
QString headerKey(const QString &text)
{
    return draft::slug(text).remove(u'-');
}

enum Column {
    IdColumn,
    NameColumn,
    PositionColumn,
    UnitColumn,
    RoleColumn,
    WeightColumn,
    ColumnCount
};

int columnOf(const QString &header)
{
    static const QStringList names[ColumnCount] = {
        { QStringLiteral("ma"), QStringLiteral("id"), QStringLiteral("maso"),
            QStringLiteral("macanbo"), QStringLiteral("manhanvien"), QStringLiteral("madinhdanh") },
        { QStringLiteral("hovaten"), QStringLiteral("hoten"), QStringLiteral("ten"),
            QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("daibieu") },
        { QStringLiteral("chucvu"), QStringLiteral("position"), QStringLiteral("title") },
        { QStringLiteral("donvi"), QStringLiteral("unit"), QStringLiteral("phongban"),
            QStringLiteral("coquan"), QStringLiteral("department") },
        { QStringLiteral("vaitro"), QStringLiteral("role") },
        { QStringLiteral("trongso"), QStringLiteral("quyenbieuquyet"), QStringLiteral("sophieu"),
            QStringLiteral("voteweight"), QStringLiteral("weight") },
    };
    const QString k = headerKey(header);
    for (int column = 0; column < ColumnCount; ++column) {
        if (names[column].contains(k))
            return column;
    }
    return -1;
}

QChar guessSeparator(const QString &firstLine)
{
    const qsizetype commas = firstLine.count(u',');
    const qsizetype semicolons = firstLine.count(u';');
    const qsizetype tabs = firstLine.count(u'\t');
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

constexpr qint64 maximumListSize = 16 * 1024 * 1024;

} // namespace

Result<QList<DirectoryPerson>> readPeopleList(const QString &path, QStringList *notes)
{
    using R = Result<QList<DirectoryPerson>>;
    auto note = [notes](const QString &text) {
        if (notes)
            *notes << text;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    if (file.size() > maximumListSize)
        return R::failure(Tr::tr("%1 is too large for a staff list").arg(shown(path)));
    const Result<DecodedText> decoded = textencoding::decode(file.read(maximumListSize));
    if (!decoded)
        return R::failure(decoded.error());
    if (!decoded->wasUtf8)
        note(Tr::tr("The file is not in UTF-8; it was read as %1. Check the names before you "
                    "import them.")
                 .arg(decoded->encodingName));

    const QString &text = decoded->text;
    QList<QStringList> rows = peoplecsv::splitRows(text, guessSeparator(text.section(u'\n', 0, 0)));
    if (rows.isEmpty())
        return R::failure(Tr::tr("%1 holds no rows").arg(shown(path)));

    int columns[ColumnCount] = { -1, -1, -1, -1, -1, -1 };
    bool header = false;
    for (int i = 0; i < rows.first().size(); ++i) {
        const int column = columnOf(rows.first().at(i));
        if (column >= 0 && columns[column] < 0) {
            columns[column] = i;
            header = true;
        }
    }
    if (header) {
        rows.removeFirst();
        if (columns[NameColumn] < 0)
            return R::failure(
                Tr::tr("The file has no column of names (\"Họ và tên\" or \"name\")"));
    } else {
        // Without a header: name, position, unit, role, weight.
        columns[NameColumn] = 0;
        columns[PositionColumn] = 1;
        columns[UnitColumn] = 2;
        columns[RoleColumn] = 3;
        columns[WeightColumn] = 4;
    }
    auto field = [](const QStringList &row, int column) {
        return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
    };

    QList<DirectoryPerson> people;
    QStringList taken;
    for (const QStringList &row : rows) {
        const QString id = field(row, columns[IdColumn]);
        if (!id.isEmpty())
            taken << id;
    }
    int line = header ? 1 : 0;
    for (const QStringList &row : rows) {
        ++line;
        const QString name = field(row, columns[NameColumn]).simplified();
        if (name.isEmpty()) {
            if (!row.join(QString()).trimmed().isEmpty())
                note(Tr::tr("Row %1 has no name and was skipped").arg(line));
            continue;
        }
        DirectoryPerson person;
        person.fullName = name;
        person.id = field(row, columns[IdColumn]);
        if (person.id.isEmpty()) {
            person.id = personIdFromName(name, taken);
            taken << person.id;
        }
        person.position = field(row, columns[PositionColumn]);
        person.unit = field(row, columns[UnitColumn]);
        const QString role = field(row, columns[RoleColumn]);
        if (!role.isEmpty()) {
            if (const auto parsed = peoplecsv::roleFromText(role))
                person.defaultRole = *parsed;
            else
                note(Tr::tr("Row %1: \"%2\" is not a role; %3 is a delegate")
                         .arg(line)
                         .arg(role, name));
        }
        const QString weight = field(row, columns[WeightColumn]);
        if (!weight.isEmpty()) {
            bool ok = false;
            const qint64 value = weight.toLongLong(&ok);
            if (ok && value >= 0)
                person.weight = value;
            else
                note(Tr::tr("Row %1: \"%2\" is not a vote weight (a whole number); 1 is used")
                         .arg(line)
                         .arg(weight));
        }
        people << person;
    }
    PeopleDirectory check;
    check.people = people;
    if (Status valid = check.validate(); !valid)
        return R::failure(shown(path) + QStringLiteral(": ") + valid.error());
    return people;
}

} // namespace phonghop
