#pragma once

#include <QString>

namespace phonghop::test {
// Helpers shared by tests; each is real code (no doubles) unless its name says "Faulty".
QString fixturePath(const QString &name);
} // namespace phonghop::test
