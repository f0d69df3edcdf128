#pragma once

#include <QByteArray>
#include <QString>
#include <stdexcept>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace phonghop {

// Thrown by the SQLite wrapper; caught at the boundary of each core service, which turns it
// into a message for the user. Never crosses into ui/.
class DatabaseError final : public std::runtime_error {
public:
    DatabaseError(int code, const QString &message);
    int code() const { return m_code; }
    bool isDiskFull() const;

private:
    int m_code;
};

// A prepared statement; every value is bound as a parameter, never spliced into SQL.
class Statement final {
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value) { return bind(index, value.toString()); }
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::nullptr_t);

    template <typename... Values> Statement &bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // Runs one step; true while a row is available.
    bool next();
    // Runs to completion (INSERT, UPDATE, DELETE).
    void run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    void check(int result) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (creating if needed) with WAL, synchronous=FULL, foreign_keys=ON and a busy
    // timeout, the settings every PhòngHọp database uses (docs/architecture.md, cache).
    static Database open(const QString &path, Mode mode = Mode::ReadWrite);
    static Database openInMemory();

    Database(Database &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    {
    }
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    ~Database();

    Statement prepare(const QString &sql);
    // Runs SQL without parameters (schema, pragmas); may hold several statements.
    void executeScript(const QString &sql);

    template <typename... Values> void execute(const QString &sql, const Values &...values)
    {
        prepare(sql).bindAll(values...).run();
    }

    template <typename... Values> Statement query(const QString &sql, const Values &...values)
    {
        Statement statement = prepare(sql);
        statement.bindAll(values...);
        return statement;
    }

    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;
    // "ok" when the file is sound; otherwise SQLite's description of the damage.
    QString quickCheck();
    QString integrityCheck();

    sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    {
    }
    void configure(Mode mode);
    sqlite3 *m_db = nullptr;
};

// Scoped transaction: rolls back unless committed (as qpdfview does); nests as a savepoint.
class Transaction final {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

// The version of the SQLite library in use, which may be newer than the one built against.
QString sqliteLibraryVersion();

} // namespace phonghop
