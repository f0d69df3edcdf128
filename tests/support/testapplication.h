#pragma once
#include <QCoreApplication>
#include <memory>

namespace phonghop::test {
// Defined once for core tests (QGuiApplication) and once for UI tests (QApplication).
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
} // namespace phonghop::test
