#include "database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace phonghop {

namespace {
QString messageOf(sqlite3 *db, int code)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
}
} // namespace

DatabaseError::DatabaseError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{
}

bool DatabaseError::isDiskFull() const
{
    return (m_code & 0xff) == SQLITE_FULL;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::check(int result) const
{
    if (result != SQLITE_OK)
        throw DatabaseError(result, messageOf(m_db, result));
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(
        m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    check(sqlite3_bind_blob64(m_statement, index, value.constData(),
        static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_statement, index));
    return *this;
}

bool Statement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    throw DatabaseError(result, messageOf(m_db, result));
}

void Statement::run()
{
    while (next()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Database Database::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int result
        = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (result != SQLITE_OK) {
        const QString message = messageOf(db, result);
        sqlite3_close(db);
        throw DatabaseError(result,
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, message));
    }
    Database database(db);
    database.configure(mode);
    return database;
}

Database Database::openInMemory()
{
    return open(QStringLiteral(":memory:"));
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::configure(Mode mode)
{
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    executeScript(QStringLiteral("PRAGMA foreign_keys=ON;"));
    if (mode == Mode::ReadWrite) {
        prepare(QStringLiteral("PRAGMA journal_mode=WAL")).run();
        executeScript(QStringLiteral("PRAGMA synchronous=FULL;"));
    }
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int result = sqlite3_prepare_v2(
        m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (result != SQLITE_OK)
        throw DatabaseError(result, messageOf(m_db, result) + QStringLiteral(" in: ") + sql);
    return Statement(m_db, statement);
}

void Database::executeScript(const QString &sql)
{
    char *error = nullptr;
    const int result = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (result != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(result));
        sqlite3_free(error);
        throw DatabaseError(result, message);
    }
}

int Database::userVersion()
{
    Statement statement = prepare(QStringLiteral("PRAGMA user_version"));
    return statement.next() ? static_cast<int>(statement.integer(0)) : 0;
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no parameters; the value is an int we produced ourselves.
    executeScript(QStringLiteral("PRAGMA user_version=%1;").arg(version));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::quickCheck()
{
    Statement statement = prepare(QStringLiteral("PRAGMA quick_check"));
    QStringList lines;
    while (statement.next())
        lines << statement.text(0);
    return lines.join(u'\n');
}

QString Database::integrityCheck()
{
    Statement statement = prepare(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (statement.next())
        lines << statement.text(0);
    return lines.join(u'\n');
}

// Inside another transaction a savepoint, so that a service can make several stores' writes
// one unit (the outbox record and its audit entry) while each store keeps its own.
Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.executeScript(m_nested ? QStringLiteral("SAVEPOINT nested_transaction;")
                                : QStringLiteral("BEGIN IMMEDIATE;"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.executeScript(m_nested ? QStringLiteral("ROLLBACK TO nested_transaction; "
                                                         "RELEASE nested_transaction;")
                                        : QStringLiteral("ROLLBACK;"));
        } catch (const DatabaseError &) {
            // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_db.executeScript(
        m_nested ? QStringLiteral("RELEASE nested_transaction;") : QStringLiteral("COMMIT;"));
    m_done = true;
}

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace phonghop
