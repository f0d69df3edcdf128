#include "session/auditlogwidget.h"

#include "meeting_core/session/sessionservice.h"
#include "session/auditlogmodel.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonghop::ui {

AuditLogWidget::AuditLogWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_model(new AuditLogModel(this))
{
    auto *v = new QVBoxLayout(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::Details, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_table, 1);
    auto *exportCsv = sessionui::touchButton(tr("Export CSV…"), this);
    v->addWidget(exportCsv, 0, Qt::AlignRight);
    connect(exportCsv, &QPushButton::clicked, this, &AuditLogWidget::exportCsv);
    refresh();
}

void AuditLogWidget::refresh()
{
    m_model->update(m_service.auditLog().entries(), m_service.state());
}

void AuditLogWidget::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"), QStringLiteral("luu-vet.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    const QByteArray csv = m_service.auditLog().exportCsv();
    report(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size(),
        tr("Cannot write %1").arg(path));
}

} // namespace phonghop::ui
