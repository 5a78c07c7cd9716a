#pragma once

#include "core/Dossier.h"
#include "core/Procedure.h"
#include "intake/ScanFile.h"
#include "store/DossierRepository.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

// Step 3: the procedure's papers. For each one the clerk attaches a scan (checked by content and
// stored durably before the dossier is saved), reuses a scan this citizen gave before ("provide
// data only once"), or records the original seen or a copy kept.
class PaperChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit PaperChecklist(StoreThread &store, QWidget *parent = nullptr);

    void setScanStorage(const QString &attachmentsDir, const ScanLimits &limits);
    void setProcedure(const Procedure &procedure);
    void setDigitised(const QList<DigitisedPaper> &earlier); // this citizen's earlier scans
    QList<PaperDraft> papers() const;
    QStringList missing() const; // names of required papers not provided
    bool busy() const { return m_importing > 0; }
    int rowCount() const { return int(m_rows.size()); }
    // Checks and stores the file as the scan of paper `row` (asynchronously; message() reports).
    void attachScan(int row, const QString &path);
    // Chooses how paper `row` was received: the PaperForm, or ReusedDigitised with the scan.
    void setForm(int row, std::optional<PaperForm> form, const QString &sha256 = {});

signals:
    void changed();
    void message(const QString &text, bool error);

private:
    struct Row
    {
        PaperDraft paper;
        PaperDraft attached; // the scan attached on this row, kept while another choice is tried
        QComboBox *how = nullptr;
        QPushButton *attach = nullptr;
        QLabel *label = nullptr;
    };
    void fillChoices(int row);
    void chooseFile(int row);
    void choiceChanged(int row);

    StoreThread &m_store;
    QString m_attachmentsDir;
    ScanLimits m_limits;
    QGridLayout *m_grid;
    QWidget *m_rowsHost;
    QList<Row> m_rows;
    QList<DigitisedPaper> m_earlier;
    int m_importing = 0;
    quint64 m_generation = 0; // bumps when the procedure changes: late imports are dropped
};

} // namespace motcua::ui
