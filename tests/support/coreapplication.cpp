#include "testapplication.h"
#include <QGuiApplication>

std::unique_ptr<QCoreApplication> phonghop::test::createApplication(int &argc, char **argv)
{
    return std::make_unique<QGuiApplication>(argc, argv);
}
