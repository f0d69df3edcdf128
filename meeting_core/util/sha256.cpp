#include "sha256.h"

#include <QFile>
#include <openssl/evp.h>
#include <stdexcept>

namespace phonghop {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    if (!m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available");
}

Sha256::~Sha256() = default;

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_context->ctx, data, static_cast<size_t>(size));
}

QString Sha256::finishHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length)).toHex());
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 hash;
    hash.add(data);
    return hash.finishHex();
}

QString Sha256::hexOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return {};
        if (got == 0)
            break;
        hash.add(buffer.constData(), got);
    }
    return hash.finishHex();
}

bool Sha256::isValidHex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool lowerHex = c >= u'a' && c <= u'f';
        if (!digit && !lowerHex)
            return false;
    }
    return true;
}

} // namespace phonghop
