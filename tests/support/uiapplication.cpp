#include "testapplication.h"
#include <QApplication>

std::unique_ptr<QCoreApplication> phonghop::test::createApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}
