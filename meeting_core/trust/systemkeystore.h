#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>

namespace phonghop {

// The operating system's key store, where a desktop has one: the freedesktop Secret Service
// (GNOME Keyring, KWallet) reached through libsecret on the session's D-Bus. It keeps the secret
// that opens this device's key file (trust/devicekey.h), so that the key is unlocked by the
// person's desktop login instead of a PIN. Items are found by the device's id.
//
// Every call may wait on D-Bus (and on the desktop asking its own password to unlock the
// store): call it from a worker or at start-up, not from a widget's slot.
namespace systemkeystore {

// Whether a session bus is there to ask (DBUS_SESSION_BUS_ADDRESS or the user's bus socket),
// and the Secret Service answers on it. Without a session bus the answer is no at once: the
// library would otherwise try to start one.
bool available(QString *reason = nullptr);

// Stores (or replaces) the secret of a device's key, labelled for the person's key manager.
Status store(const QString &deviceId, const QByteArray &secret);
// The secret of a device's key; a failure when the store cannot be reached, is locked and was
// not opened, or holds no item for this device.
Result<QByteArray> lookup(const QString &deviceId);
// Deletes the device's item (success also when there was none).
Status remove(const QString &deviceId);

} // namespace systemkeystore

} // namespace phonghop
