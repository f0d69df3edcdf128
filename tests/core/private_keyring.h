#pragma once

// A real Secret Service for tests of the system key store (issue 16): a session D-Bus and GNOME
// Keyring of the test's own, in a home of its own, with its login keyring unlocked; both end with
// the fixture (the keyring daemon leaves when its bus goes away). No prompter can show: nothing
// waits on a person.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace phonghop::test {

// A session bus and GNOME Keyring of the test's own, in a home of its own; both end with it
// (the keyring daemon leaves when its bus goes away).
class PrivateKeyring final {
public:
    PrivateKeyring()
    {
        REQUIRE(m_home.isValid());
        REQUIRE(QDir().mkpath(runtimeDir()));
        QFile::setPermissions(
            runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY")); // no prompter: nothing may wait on a person
        m_bus.setProcessEnvironment(env);
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        REQUIRE(m_bus.waitForStarted(10000));
        REQUIRE(m_bus.waitForReadyRead(10000));
        address = QString::fromUtf8(m_bus.readLine()).trimmed();
        REQUIRE_FALSE(address.isEmpty());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);

        QProcess keyring;
        keyring.setProcessEnvironment(env);
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
            { QStringLiteral("--unlock"), QStringLiteral("--daemonize"),
                QStringLiteral("--components=secrets") });
        REQUIRE(keyring.waitForStarted(10000));
        keyring.write("login keyring of the test"); // the new login keyring's password
        keyring.closeWriteChannel();
        REQUIRE(keyring.waitForFinished(20000));
        REQUIRE(keyring.exitCode() == 0);
        environment = env;
    }
    ~PrivateKeyring()
    {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    QString address;
    QProcessEnvironment environment;

private:
    QString runtimeDir() const { return m_home.filePath(QStringLiteral("run")); }
    QTemporaryDir m_home;
    QProcess m_bus;
};

// Points this process at a session bus (or at none) for the in-process calls.
class SessionBusFor final {
public:
    explicit SessionBusFor(const QString &address)
        : m_address(qgetenv("DBUS_SESSION_BUS_ADDRESS"))
        , m_runtime(qgetenv("XDG_RUNTIME_DIR"))
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_empty.path().toUtf8());
    }
    ~SessionBusFor()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        qputenv("XDG_RUNTIME_DIR", m_runtime);
    }

private:
    QByteArray m_address;
    QByteArray m_runtime;
    QTemporaryDir m_empty;
};

} // namespace phonghop::test
