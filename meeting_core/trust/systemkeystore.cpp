#include "systemkeystore.h"

#include <QCoreApplication>
#include <QFileInfo>

// glib's headers name struct members "signals"; the project builds with QT_NO_KEYWORDS.
#include <libsecret/secret.h>

namespace phonghop {

namespace {
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SystemKeyStore)
};

// One schema for PhòngHọp's device keys: the items carry the application and the device id.
const SecretSchema *deviceKeySchema()
{
    static const SecretSchema schema = {
        "vn.phonghop.DeviceKey",
        SECRET_SCHEMA_NONE,
        {
            { "application", SECRET_SCHEMA_ATTRIBUTE_STRING },
            { "device", SECRET_SCHEMA_ATTRIBUTE_STRING },
            { nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING },
        },
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
    };
    return &schema;
}

constexpr auto applicationName = "phonghop";

// Takes a GError's message and frees it.
QString takeMessage(GError *error)
{
    const QString message = error ? QString::fromUtf8(error->message) : QString();
    if (error)
        g_error_free(error);
    return message;
}

bool sessionBusConfigured()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

QString unreachableMessage(const QString &detail)
{
    return detail.isEmpty() ? Tr::tr("The system key store cannot be reached.")
                            : Tr::tr("The system key store cannot be reached: %1").arg(detail);
}
} // namespace

namespace systemkeystore {

bool available(QString *reason)
{
    if (!sessionBusConfigured()) {
        if (reason)
            *reason = Tr::tr("There is no desktop session bus to reach a system key store on.");
        return false;
    }
    GError *error = nullptr;
    SecretService *service = secret_service_get_sync(SECRET_SERVICE_NONE, nullptr, &error);
    if (!service) {
        if (reason)
            *reason = unreachableMessage(takeMessage(error));
        return false;
    }
    takeMessage(error);
    // A bus without a Secret Service answers only when the first call is made.
    GList *collections = nullptr;
    const bool loaded = secret_service_load_collections_sync(service, nullptr, &error);
    collections = loaded ? secret_service_get_collections(service) : nullptr;
    g_list_free_full(collections, g_object_unref);
    g_object_unref(service);
    if (!loaded) {
        if (reason)
            *reason = unreachableMessage(takeMessage(error));
        return false;
    }
    return true;
}

Status store(const QString &deviceId, const QByteArray &secret)
{
    if (!sessionBusConfigured())
        return Status::failure(
            Tr::tr("There is no desktop session bus to reach a system key store on."));
    const QByteArray device = deviceId.toUtf8();
    const QByteArray label
        = Tr::tr("PhòngHọp: the key of device %1").arg(deviceId.left(8)).toUtf8();
    // The secret is text for the store: base64 of the random bytes.
    QByteArray text = secret.toBase64();
    GError *error = nullptr;
    const gboolean stored = secret_password_store_sync(deviceKeySchema(), SECRET_COLLECTION_DEFAULT,
        label.constData(), text.constData(), nullptr, &error, "application", applicationName,
        "device", device.constData(), nullptr);
    text.fill('\0');
    if (!stored)
        return Status::failure(
            Tr::tr("The system key store did not keep the device key's secret: %1")
                .arg(takeMessage(error)));
    return Status::success();
}

Result<QByteArray> lookup(const QString &deviceId)
{
    using R = Result<QByteArray>;
    if (!sessionBusConfigured())
        return R::failure(
            Tr::tr("There is no desktop session bus to reach a system key store on."));
    const QByteArray device = deviceId.toUtf8();
    GError *error = nullptr;
    gchar *text = secret_password_lookup_sync(deviceKeySchema(), nullptr, &error, "application",
        applicationName, "device", device.constData(), nullptr);
    if (error)
        return R::failure(unreachableMessage(takeMessage(error)));
    if (!text)
        return R::failure(Tr::tr("The system key store holds no secret for this device's key "
                                 "(it was deleted, or this is another user's login)."));
    const QByteArray secret = QByteArray::fromBase64(QByteArray(text));
    secret_password_free(text);
    if (secret.isEmpty())
        return R::failure(Tr::tr("The secret the system key store holds for this device's key "
                                 "is damaged."));
    return secret;
}

Status remove(const QString &deviceId)
{
    if (!sessionBusConfigured())
        return Status::failure(
            Tr::tr("There is no desktop session bus to reach a system key store on."));
    const QByteArray device = deviceId.toUtf8();
    GError *error = nullptr;
    secret_password_clear_sync(deviceKeySchema(), nullptr, &error, "application", applicationName,
        "device", device.constData(), nullptr);
    if (error)
        return Status::failure(unreachableMessage(takeMessage(error)));
    return Status::success();
}

} // namespace systemkeystore
} // namespace phonghop
