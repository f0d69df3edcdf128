#include "testsupport.h"

namespace phonghop::test {
QString fixturePath(const QString &name)
{
    return name;
}
} // namespace phonghop::test
