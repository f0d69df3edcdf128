// phonghop-bench search: indexing throughput against pdftotext on the same files, and query
// latency against a naive scan of the extracted text, all measured in the same run.
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchindex.h"
#include "meeting_core/search/textfolding.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/util/sha256.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace phonghop::bench {

namespace {

// Words of administrative Vietnamese, most frequent first (Zipf-like draws below), so
// that queries range from words on every page to words on a few.
const QStringList &vocabulary()
{
    static const QStringList words = QStringLiteral(
        "ủy ban|nhân dân|tỉnh|huyện|xã|kế hoạch|thực hiện|quyết định|đầu tư|ngân sách|báo cáo|tờ "
        "trình|"
        "dự thảo|đề án|phát triển|kinh tế|xã hội|năm|công tác|chỉ đạo|sở|ban|ngành|địa phương|hội "
        "đồng|"
        "nghị quyết|chương trình|dự án|nguồn vốn|giải pháp|nhiệm vụ|cán bộ|công chức|viên chức|"
        "đảng ủy|mặt trận|tổ quốc|đoàn thể|hành chính|cải cách|thủ tục|trực tuyến|chuyển đổi số|"
        "giáo dục|đào tạo|y tế|văn hóa|thể thao|du lịch|nông nghiệp|nông thôn|nông thôn mới|"
        "giao thông|xây dựng|tài nguyên|môi trường|đất đai|giải phóng mặt bằng|bồi thường|tái định "
        "cư|"
        "tài chính|kho bạc|thuế|thu ngân sách|chi ngân sách|dự toán|quyết toán|kiểm toán|thanh tra|"
        "khiếu nại|tố cáo|tiếp công dân|quốc phòng|an ninh|trật tự|an toàn|phòng cháy|chữa cháy|"
        "lao động|việc làm|thương binh|người có công|hộ nghèo|an sinh|bảo hiểm|doanh nghiệp|"
        "hợp tác xã|khu công nghiệp|cụm công nghiệp|thương mại|dịch vụ|xuất khẩu|nhập khẩu|"
        "khoa học|công nghệ|thông tin|truyền thông|báo chí|phát thanh|truyền hình|bưu chính|"
        "nội vụ|tư pháp|ngoại vụ|dân tộc|tôn giáo|thi đua|khen thưởng|kỷ luật|biên chế|"
        "vị trí việc làm|tinh giản|sắp xếp|sáp nhập|đơn vị hành chính|quy hoạch|kiến trúc|đô thị|"
        "cấp nước|thoát nước|điện lực|chiếu sáng|cây xanh|rác thải|nước thải|ô nhiễm|biến đổi khí "
        "hậu|"
        "thiên tai|lũ lụt|hạn hán|sạt lở|cứu hộ|cứu nạn|phòng chống dịch|tiêm chủng|bệnh viện|"
        "trạm y tế|trường học|mầm non|tiểu học|trung học|học sinh|giáo viên|sách giáo khoa|"
        "di tích|lễ hội|bảo tàng|thư viện|nhà văn hóa|sân vận động|vận động viên|huấn luyện|"
        "chợ|siêu thị|giá cả|lạm phát|tăng trưởng|tổng sản phẩm|thu nhập bình quân|đời sống|"
        "đường tỉnh|quốc lộ|cầu|bến xe|cảng|sân bay|đường sắt|vận tải|hạ tầng|"
        "rừng phòng hộ|trồng rừng|thủy lợi|đê điều|kênh mương|hồ chứa|giống cây trồng|vật nuôi|"
        "thủy sản|chăn nuôi|trồng trọt|hợp đồng|đấu thầu|đấu giá|mua sắm|tài sản công|trụ sở|"
        "phê duyệt|điều chỉnh|bổ sung|sửa đổi|bãi bỏ|ban hành|hướng dẫn|triển khai|kiểm tra|giám "
        "sát|"
        "đôn đốc|tổng hợp|thống nhất|đồng ý|biểu quyết|thông qua|tiếp thu|giải trình|ý kiến|kiến "
        "nghị")
                                         .split(u'|');
    return words;
}

QString drawWord(QRandomGenerator &random)
{
    const QStringList &words = vocabulary();
    // Zipf: rank r with weight 1/(r+1); inverse transform on a log scale is close enough.
    const double u = random.generateDouble();
    const int rank = std::min(static_cast<int>(words.size()) - 1,
        static_cast<int>(std::exp(u * std::log(double(words.size() + 1)))) - 1);
    return words.at(std::max(0, rank));
}

QStringList paragraphs(int count, QRandomGenerator &random)
{
    QStringList result;
    for (int p = 0; p < count; ++p) {
        QStringList sentence;
        const int length = 40 + static_cast<int>(random.bounded(30));
        for (int w = 0; w < length; ++w) {
            if (random.bounded(40) == 0)
                sentence << QStringLiteral("số %1/%2/QĐ-UBND")
                                .arg(random.bounded(1, 400))
                                .arg(random.bounded(2018, 2027));
            else
                sentence << drawWord(random);
        }
        QString text = sentence.join(u' ') + QLatin1Char('.');
        text[0] = text.at(0).toUpper();
        result << text;
    }
    return result;
}

// Other programs share the machine: each figure carries the load it was measured under.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

void line(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

// 100 queries of the kinds delegates type: one or two words with or without accents, a
// quoted phrase, a prefix, a document number.
QStringList realisticQueries(int count, QRandomGenerator &random)
{
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        const QString a = drawWord(random);
        const QString b = drawWord(random);
        switch (i % 6) {
        case 0:
            queries << a;
            break;
        case 1:
            queries << textfolding::fold(a);
            break;
        case 2:
            queries << textfolding::fold(a + u' ' + b);
            break;
        case 3:
            queries << QLatin1Char('"') + a + u' ' + b + QLatin1Char('"');
            break;
        case 4:
            queries << textfolding::fold(a).left(
                           std::max<qsizetype>(3, textfolding::fold(a).size() - 2))
                    + u'*';
            break;
        default:
            queries << QStringLiteral("%1/%2/QD-UBND")
                           .arg(random.bounded(1, 400))
                           .arg(random.bounded(2018, 2027));
            break;
        }
    }
    return queries;
}

} // namespace

int runSearchBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int pages = 10000;
    int pagesPerDocument = 200;
    int queryCount = 100;
    QString work;
    bool reuseIndex = false;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--pages")
            pages = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == u"--pages-per-document")
            pagesPerDocument = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == u"--queries")
            queryCount = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == u"--work")
            work = arguments.at(i + 1);
        else if (arguments.at(i) == u"--reuse-index")
            reuseIndex = arguments.at(i + 1) == u"1"; // queries only, on an earlier run's --work
    }
    QTemporaryDir temporary;
    if (work.isEmpty())
        work = temporary.path();
    const QString pdfDir = work + QStringLiteral("/pdf");
    const QString cacheDir = work + QStringLiteral("/cache");
    QDir().mkpath(pdfDir);

    // 1. Documents: reuse the PDFs of an earlier run in the same --work folder.
    QRandomGenerator random(20261127);
    QStringList files;
    QElapsedTimer timer;
    timer.start();
    const int documents = std::max(1, (pages + pagesPerDocument - 1) / pagesPerDocument);
    for (int d = 0; d < documents; ++d) {
        const QString path = pdfDir + QStringLiteral("/doc-%1.pdf").arg(d, 3, 10, QLatin1Char('0'));
        files << path;
        if (QFileInfo::exists(path))
            continue;
        GeneratedDocument document;
        document.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");
        document.number = QStringLiteral("Số: %1/BC-UBND").arg(d + 1);
        document.placeAndDate = QStringLiteral("Sơn Hà, ngày 20 tháng 11 năm 2026");
        document.kindTitle = QStringLiteral("BÁO CÁO");
        document.subject
            = QStringLiteral("Tình hình thực hiện nhiệm vụ năm 2026, số %1").arg(d + 1);
        // About 5.7 of these paragraphs fill an A4 page set at its true size (Decree 30 layout).
        document.paragraphs = paragraphs(pagesPerDocument * 57 / 10, random);
        document.minimumPages = 1;
        document.signerTitle = QStringLiteral("CHỦ TỊCH");
        document.signerName = QStringLiteral("Nguyễn Văn An");
        const Status written = documentgenerator::writeTextDocument(path, document);
        if (!written) {
            err << written.error() << '\n';
            return 1;
        }
    }
    line(out,
        { { QStringLiteral("benchmark"), QStringLiteral("search") },
            { QStringLiteral("step"), QStringLiteral("generate") },
            { QStringLiteral("documents"), documents },
            { QStringLiteral("seconds"), timer.elapsed() / 1000.0 } });

    // 2. Baseline: pdftotext on the same files (the floor: extraction alone, no index).
    if (!reuseIndex)
        QDir(work + QStringLiteral("/text")).removeRecursively();
    QDir().mkpath(work + QStringLiteral("/text"));
    timer.restart();
    for (const QString &file : reuseIndex ? QStringList() : files) {
        const QString target = work + QStringLiteral("/text/") + QFileInfo(file).completeBaseName()
            + QStringLiteral(".txt");
        if (QProcess::execute(QStringLiteral("pdftotext"),
                { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, target })
            != 0) {
            err << "pdftotext failed on " << file << '\n';
            return 1;
        }
    }
    const double pdftotextSeconds = timer.elapsed() / 1000.0;

    // 3. A cache holding one meeting per 10 documents, then a fresh index of it.
    if (!reuseIndex)
        QDir(cacheDir).removeRecursively();
    auto cache = MeetingCache::open(cacheDir);
    if (!cache) {
        err << cache.error() << '\n';
        return 1;
    }
    int totalPages = 0;
    {
        Meeting meeting;
        for (int d = 0; d < documents; ++d) {
            if (d % 10 == 0) {
                if (d > 0)
                    cache.value()->storeMeeting(meeting, QByteArrayLiteral("{}"));
                meeting = Meeting();
                meeting.id = QStringLiteral("bench-%1").arg(d / 10);
                meeting.revision = 1;
                meeting.title = QStringLiteral("Phiên họp thường kỳ tháng %1").arg(d / 10 + 1);
                meeting.start = QDateTime(
                    QDate(2026, 1 + (d / 10) % 12, 5), QTime(8, 0), QTimeZone(7 * 3600));
                meeting.end = meeting.start.addSecs(3 * 3600);
                meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
                    QStringLiteral("Báo cáo tình hình kinh tế - xã hội"),
                    QStringLiteral("Văn phòng"), 30 };
            }
            const QString sha = Sha256::hexOfFile(files.at(d));
            const Status imported = cache.value()->objects().importFile(
                files.at(d), sha, QFileInfo(files.at(d)).size());
            if (!imported) {
                err << imported.error() << '\n';
                return 1;
            }
            DocumentRef document;
            document.id = QStringLiteral("doc-%1").arg(d);
            document.agendaItemId = QStringLiteral("i1");
            document.title = QStringLiteral("Báo cáo số %1").arg(d + 1);
            document.kind = QStringLiteral("bao-cao");
            document.sha256 = sha;
            document.size = QFileInfo(files.at(d)).size();
            meeting.documents << document;
        }
        cache.value()->storeMeeting(meeting, QByteArrayLiteral("{}"));
    }

    // In-process extraction alone, to split the index cost into Poppler and SQLite. With
    // --reuse-index the pages extracted by the earlier run are read back: only the queries
    // are measured then, and 80 s of Poppler per run would keep the machine busy for nothing.
    timer.restart();
    QList<QStringList> extracted;
    const QString extractedPath = work + QStringLiteral("/extracted-pages.bin");
    bool extractedReused = false;
    if (reuseIndex) {
        QFile saved(extractedPath);
        if (saved.open(QIODevice::ReadOnly)) {
            QDataStream in(&saved);
            in >> extracted;
            extractedReused = in.status() == QDataStream::Ok && extracted.size() == files.size();
            if (!extractedReused)
                extracted.clear();
        }
    }
    if (!extractedReused) {
        for (const QString &file : std::as_const(files)) {
            Result<QStringList> text = PdfTextExtractor::extractPages(file);
            extracted << (text ? text.value() : QStringList());
        }
        QFile saved(extractedPath);
        if (saved.open(QIODevice::WriteOnly)) {
            QDataStream out(&saved);
            out << extracted;
        }
    }
    for (const QStringList &document : std::as_const(extracted))
        totalPages += static_cast<int>(document.size());
    const double extractSeconds = extractedReused ? -1 : timer.elapsed() / 1000.0;

    if (!reuseIndex)
        QFile::remove(SearchIndex::pathFor(cacheDir));
    auto index = SearchIndex::open(cacheDir);
    if (!index) {
        err << index.error() << '\n';
        return 1;
    }
    timer.restart();
    const IndexReport report = index.value()->update(*cache.value());
    const double indexSeconds = timer.elapsed() / 1000.0;
    const qint64 indexBytes = QFileInfo(SearchIndex::pathFor(cacheDir)).size()
        + QFileInfo(SearchIndex::pathFor(cacheDir) + QStringLiteral("-wal")).size();
    line(out,
        { { QStringLiteral("benchmark"), QStringLiteral("search") },
            { QStringLiteral("step"), QStringLiteral("index") },
            { QStringLiteral("load_average"), loadAverage() },
            { QStringLiteral("documents"), documents },
            { QStringLiteral("pages"), report.pagesIndexed },
            { QStringLiteral("index_seconds"), indexSeconds },
            { QStringLiteral("index_pages_per_second"),
                report.pagesIndexed / std::max(indexSeconds, 1e-9) },
            { QStringLiteral("baseline_pdftotext_seconds"), pdftotextSeconds },
            { QStringLiteral("baseline_pdftotext_pages_per_second"),
                totalPages / std::max(pdftotextSeconds, 1e-9) },
            { QStringLiteral("poppler_extract_only_seconds"), extractSeconds },
            { QStringLiteral("ratio_index_to_pdftotext"),
                indexSeconds / std::max(pdftotextSeconds, 1e-9) },
            { QStringLiteral("index_megabytes"), indexBytes / 1e6 } });

    // 4. Queries: the index against a naive scan of the extracted text (folded once up
    // front, so the scan pays only for the comparison), and against grep on pdftotext's files.
    QList<QString> foldedPages;
    for (const QStringList &document : std::as_const(extracted)) {
        for (const QString &page : document)
            foldedPages << textfolding::fold(page);
    }
    const QStringList queries = realisticQueries(queryCount, random);
    QList<double> indexTimes;
    QList<double> scanTimes;
    QList<double> grepTimes;
    qint64 indexHits = 0;
    qint64 scanHits = 0;
    for (const QString &text : queries) {
        SearchQuery query;
        query.text = text;
        query.limit = 50;
        QElapsedTimer clock;
        clock.start();
        indexHits += index.value()->search(query).size();
        indexTimes << clock.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("PHONGHOP_BENCH_VERBOSE"))
            err << text << '\t' << indexTimes.last() << " ms\n";

        // Naive: every folded word of the query somewhere on the page.
        const QStringList words = textfolding::words(textfolding::fold(text));
        clock.restart();
        int matching = 0;
        for (const QString &page : std::as_const(foldedPages)) {
            bool all = true;
            for (const QString &word : words) {
                if (!page.contains(word)) {
                    all = false;
                    break;
                }
            }
            matching += all ? 1 : 0;
        }
        scanHits += matching;
        scanTimes << clock.nsecsElapsed() / 1e6;

        clock.restart();
        QProcess grep;
        grep.start(QStringLiteral("grep"),
            { QStringLiteral("-r"), QStringLiteral("-i"), QStringLiteral("-c"),
                QStringLiteral("-F"), QString(text).remove(u'"').remove(u'*'),
                work + QStringLiteral("/text") });
        grep.waitForFinished(-1);
        grepTimes << clock.nsecsElapsed() / 1e6;
    }
    // The slowest queries by name, to see which kind of query misses the aim.
    QList<qsizetype> order(indexTimes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return indexTimes.at(a) > indexTimes.at(b); });
    QJsonObject slowest;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, order.size()); ++i)
        slowest.insert(queries.at(order.at(i)), indexTimes.at(order.at(i)));
    line(out,
        { { QStringLiteral("benchmark"), QStringLiteral("search") },
            { QStringLiteral("step"), QStringLiteral("query") },
            { QStringLiteral("load_average"), loadAverage() },
            { QStringLiteral("index_slowest_ms"), slowest },
            { QStringLiteral("queries"), queries.size() },
            { QStringLiteral("pages"), foldedPages.size() },
            { QStringLiteral("index_p50_ms"), quantile(indexTimes, 0.50) },
            { QStringLiteral("index_p95_ms"), quantile(indexTimes, 0.95) },
            { QStringLiteral("index_max_ms"), maximum(indexTimes) },
            { QStringLiteral("index_hits_returned"), static_cast<double>(indexHits) },
            { QStringLiteral("baseline_scan_p50_ms"), quantile(scanTimes, 0.50) },
            { QStringLiteral("baseline_scan_p95_ms"), quantile(scanTimes, 0.95) },
            { QStringLiteral("baseline_scan_pages_matched"), static_cast<double>(scanHits) },
            { QStringLiteral("baseline_grep_p50_ms"), quantile(grepTimes, 0.50) },
            { QStringLiteral("baseline_grep_p95_ms"), quantile(grepTimes, 0.95) } });
    return 0;
}

} // namespace phonghop::bench
