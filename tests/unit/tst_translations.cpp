#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("MOTCUA_SOURCE_DIR");
}

// Every message of a .ts file as "context|source|comment" → whether it is finished.
QHash<QString, bool> messagesOf(const QString &path)
{
    QHash<QString, bool> out;
    QFile ts(path);
    if (!ts.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&ts);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"context") {
            context.clear();
        } else if (xml.isStartElement() && xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            comment.clear();
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"comment") {
            comment = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.insert(context + u'|' + source + u'|' + comment,
                       type.isEmpty() && !text.trimmed().isEmpty());
        }
    }
    return out;
}

} // namespace

// Both translation files are complete, and the Vietnamese one is what users get by default.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // The .ts files are in step with the code: lupdate run on the sources now finds no string
    // that the files lack (a tr() added without updating the files fails here, not in front of
    // a clerk who sees English).
    void everyStringInTheCodeIsTranslated()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MOTCUA_LUPDATE),
                      {sourceDir() + u"/app"_s, sourceDir() + u"/ui"_s, u"-extensions"_s,
                       u"cpp,h"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QHash<QString, bool> inCode = messagesOf(fresh);
        QVERIFY(inCode.size() > 500);
        for (const QString &file : {u"motcua_vi.ts"_s, u"motcua_en.ts"_s}) {
            const QHash<QString, bool> shipped = messagesOf(sourceDir() + u"/translations/"_s + file);
            QStringList missing;
            for (auto it = inCode.cbegin(); it != inCode.cend(); ++it) {
                if (!shipped.value(it.key(), false))
                    missing.append(it.key());
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(file + u" lacks: "_s + missing.mid(0, 20).join(u" || "_s)));
        }
    }

    // Strings a clerk reads must go through tr(): a literal handed straight to a widget is
    // a string no translation can reach (a URL placeholder is not a text to translate).
    void noLiteralTextInWidgets()
    {
        static const QRegularExpression literal(
            u"(setText|setWindowTitle|setToolTip|setPlaceholderText|setAccessibleName|"
            u"setAccessibleDescription|addAction|addTab|addMenu|showMessage|setTitle)"
            u"\\(\\s*(u?\"|QStringLiteral\\(\")(?!https?:)[^\"]*[A-Za-z]{3}"_s);
        QStringList found;
        QDirIterator it(sourceDir() + u"/ui"_s, {u"*.cpp"_s}, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            for (const QByteArray &text : f.readAll().split('\n')) {
                ++line;
                if (literal.match(QString::fromUtf8(text)).hasMatch())
                    found.append(QFileInfo(f.fileName()).fileName() + u':' + QString::number(line));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"untranslated literals: "_s + found.join(u", "_s)));
    }

    // Qt's own buttons and menus (Cancel, Copy, Paste, the print preview) in Vietnamese too.
    void qtsOwnStringsInVietnamese()
    {
        int argc = 0;
        QCoreApplication app(argc, nullptr);
        QCOMPARE(motcua::installTranslations(app, u"vi"_s), u"vi"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Hủy"_s);
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), u"&Dán"_s);
        QCOMPARE(QCoreApplication::translate("QPrintPreviewDialog", "Export to PDF"),
                 u"Xuất ra PDF"_s);
    }

    void filesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("vi") << u"motcua_vi.ts"_s;
        QTest::newRow("en") << u"motcua_en.ts"_s;
    }

    void filesAreComplete()
    {
        QFETCH(QString, file);
        QFile ts(QDir(qEnvironmentVariable("MOTCUA_SOURCE_DIR")).filePath(u"translations/"_s + file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"vanished" || text.trimmed().isEmpty())
                    missing.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(u"untranslated: "_s + missing.join(u" | "_s)));
    }

    void vietnameseIsTheDefault()
    {
        int argc = 0;
        QCoreApplication app(argc, nullptr);
        qputenv("LANGUAGE", "fr");
        QCOMPARE(motcua::installTranslations(app), u"vi"_s);
        const QString translated =
            QCoreApplication::translate("IntakeService", "Enter the applicant's full name.");
        QVERIFY(translated != u"Enter the applicant's full name."_s);
        QVERIFY2(translated.contains(u"họ"_s, Qt::CaseInsensitive), qPrintable(translated));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
