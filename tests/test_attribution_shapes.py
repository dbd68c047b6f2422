"""Quote attribution on the shapes Arabic news uses, one sentence each (written
here, not copied from any article). Each row lists the expected speaker of every
quote in order; None means the text does not say who spoke in a way we can link,
and guessing would put words in someone's mouth."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.content.registries import load_registry
from build_scripts.errors import Problems
from build_scripts.extract.article import extract

REPO = Path(__file__).resolve().parent.parent
REGISTRY = load_registry(REPO / "content", Problems())

SHAPES = [
    # a sentence whose subject is a title after a verb that is no cue: a later
    # "he said" is the title holder's, not the last speaker's
    (
        'وقال دونالد ترامب "لا داعي لإحراج ضيفنا بسؤال مثل هذا".\n'
        "في المقابل تجاهل ولي العهد السعودي السؤال، لكنه علق على قضية الهجمات، "
        'وقال: "أشعر بالألم بشأن عائلات الضحايا هناك".',
        ["donald-trump", None],
    ),
    # ... and the last speaker's own title keeps him the speaker
    (
        'وقال دونالد ترامب "لا داعي لإحراج ضيفنا بسؤال مثل هذا".\n'
        "في المقابل هاجم الرئيس الأمريكي الصحفيين، لكنه علق على قضية الهجمات، "
        'وقال: "أشعر بالألم بشأن عائلات الضحايا هناك".',
        ["donald-trump", "donald-trump"],
    ),
    # a quotation after another one in the same sentence, with someone named in between
    # and no cue of its own, is not the first one's speaker's
    (
        'وأشار الرئيس عبد الفتاح السيسي إلى أن الرقم متواضع جدا، متابعا: "عند تطهير القناة قالوا لنا أرقاما كبيرة"، '
        'ليقاطعه المهندس كامل الوزير وزير النقل: "المتر بأربعة عشر جنيها وعملناه بسبعة".',
        ["abdel-fattah-el-sisi", None],
    ),
    # a former prime minister is not the prime minister who shares his family name
    (
        'كما هنأ الرئيس تمام سلام، في بيان، رئيس الحكومة نواف سلام "بحكومة العهد الأولى حكومة الإصلاح والإنقاذ".',
        ["tammam-salam"],
    ),
    # a reported clause whose subject is a title and a person before the verb
    (
        "أفادت مصادر مطلعة أن حاكم إقليم دارفور مني أركو مناوي شدد على أن سقوط المدينة لا يعني التفريط، "
        'مؤكدا أن "كل شبر من الإقليم سيعود لأهله".',
        ["minni-minnawi"],
    ),
    # an under-secretary's title (وكيل) heads its holder
    (
        'وقال وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية مارتن غريفيث، "الوقت ينفد بالنسبة للناس هناك".',
        ["martin-griffiths"],
    ),
    # a person named inside a quotation is what is said: the participle after it
    # (مضيفا) is the speaker's, not the quoted person's
    (
        'وأوضح زيلينسكي أن "الاجتماع كان ناجحا بالنسبة لموسكو".\n'
        'وتابع قائلا: "بوتين لم يتعهد بوقف إطلاق النار"، مضيفا "لقد أجل العقوبات وهذا ما يدركه جيدا".',
        ["volodymyr-zelensky", "volodymyr-zelensky", "volodymyr-zelensky"],
    ),
    # a colon after the person's verb and object makes the person the speaker
    ("«السيسي» يمازح مذيعة البرنامج: «خلي المخرج يديكي عشر دقائق بدل اللي أخدتهم»", ["abdel-fattah-el-sisi"]),
    # علي after a speech verb is a name, not على: the last speaker is not carried to it
    (
        'وقال سيرغي لافروف إن "الغرب لا يريد السلام في أوكرانيا أبدا".\n'
        'من جانبه قال علي خوشناو رئيس المجلس: "في عام 1996 عدنا إلى مدينة مهجورة تماما".',
        ["sergei-lavrov", None],
    ),
    # لكنه أضاف carries the speaker; لكن before the subject does not hide it
    (
        'وقال فريدريش ميرتس إن "لإسرائيل الحق في الدفاع عن نفسها". لكنه أضاف أن بلاده تحتفظ بحق '
        '"طرح أسئلة نقدية بشأن ما يجري في غزة".\nلكن ميرتس دعا إسرائيل إلى ضمان "التعامل الإنساني مع المدنيين هناك".',
        ["friedrich-merz", "friedrich-merz", "friedrich-merz"],
    ),
    # a subheading on its own line (no blank line after it) ends the sentence before
    # it, so the person who opens the next line is its subject ...
    (
        "وجدد نتنياهو موقفه من الحرب في تصريحاته اليوم.\nبريطانيا: لا ثقة في موسكو\n"
        'كير ستارمر شدد على أن "بوتين لا يمكن الوثوق به أبدا"، مستشهدا بتجارب سابقة.',
        ["keir-starmer"],
    ),
    # ... while a hard-wrapped sentence's short lines stay one sentence
    (
        "أراد رئيس جنوب أفريقيا سيريل رامافوزا\nأن يمازح ضيفه دونالد ترامب خلال\nلقائهما في البيت الأبيض، قائلا\n"
        'له: "لا أملك طائرة أهديها لك يا سيدي".',
        ["cyril-ramaphosa"],
    ),
    # a person set off by commas after a title inside a reported clause speaks later
    (
        'قالت صحيفة "هآرتس" إن المتحدث باسم الجيش، إيفي دفرين، أقر في مؤتمر صحفي بأن الوضع صعب.\n'
        'وقال: "لم نكن مستعدين لهذا العدد الكبير من الناس".',
        ["effie-defrin"],
    ),
    # مشددا after a semicolon carries the sentence's speaker; a person written with a
    # fused ل (لماكرون) is the object, not the participle's subject
    (
        'ولفت بزشكيان إلى أنه "لا شيء يقف في وجه أصحاب العزيمة"؛ مشددا على أن "الشعب لن يخضع أبدا لمآرب الأعداء".',
        ["masoud-pezeshkian", "masoud-pezeshkian"],
    ),
    (
        'وشكر لماكرون تنظيمه هذا الاجتماع، لافتا إلى أن "الرئيس ترامب حازم كعادته دائما".',
        [None],
    ),
    # a title in construct with a person (مبعوث ترامب): the person is the possessor
    (
        'وقال ستيف ويتكوف "الرسالة واضحة ونريد السلام لا الحرب". وتابع مبعوث ترامب "يجب أن ننشئ برنامج تحقق صارما".',
        ["steve-witkoff", None],
    ),
    # an adverb inside the title before the apposition (المعين مؤخرا، فلان،)
    (
        "أكد الأمين العام لحلف شمال الأطلسي المعين مؤخرا، مارك روته، يوم الأربعاء، أن الحلف مستعد.\n"
        'وأضاف أن "الحلف سيفعل كل ما هو ضروري لحماية أعضائه".',
        ["mark-rutte"],
    ),
    # a line that opens with a name and a colon (a headline, an interview); a person's
    # short form before the article names him in full
    (
        'ميلر: "لم أكن أستطيع قول كل ما أفكر فيه"\nوقال المتحدث السابق ماثيو ميلر إن عمله كان صعبا.',
        ["matthew-miller"],
    ),
    # … but a line that opens with a name and goes on is no such head
    (
        'لافروف في موسكو: وزير خارجية مصر يقول "لا بد من وقف الحرب فورا"',
        [None],
    ),
    # the narrative ل before a present verb (ليرد الرئيس الأمريكي قائلا): its title
    # subject speaks, not the sentence's first person; رد as a noun (رد فعل) is no verb
    (
        "أراد رئيس جنوب أفريقيا سيريل رامافوزا ممازحة ضيفه دونالد ترامب قائلا له: "
        '"لا أملك طائرة أهديها لك اليوم"، ليرد الرئيس الأمريكي قائلا: "كنت سأقبلها بكل سرور لو عرضتها".',
        ["cyril-ramaphosa", "donald-trump"],
    ),
    (
        'وأعلن أولاف شولتز خسارة حزبه.\nوأضاف شولتز في أول رد فعل له: "هذه نتيجة سيئة ومريرة لنا جميعا".',
        ["olaf-scholz"],
    ),
    # "the attacks which he said …": a feminine relative is the object of قال, whose
    # subject is the verb-first sentence's only person
    (
        "ودعا المبعوث الأممي إلى ليبيا، هانس غروندبرغ، الأطراف إلى وقف الضربات، التي قال إن "
        "«من شأنها أن تقوض كل ما تحقق من تقدم».",
        ["hans-grundberg"],
    ),
    # … not when that person is not the subject (the minister, unnamed, spoke with him)
    (
        "ودعا الوزير خلال لقائه مع هانس غروندبرغ إلى وقف الضربات، التي قال إن "
        "«من شأنها أن تقوض كل ما تحقق من تقدم».",
        [None],
    ),
    # a feminine verb whose subject is a body (الرئاسة) and a man inside the object: not him
    (
        "وصفت الرئاسة الفلسطينية، اليوم الاثنين، انتقادات رئيس الوزراء الإسرائيلي بنيامين نتنياهو بأنها «مهاترات غير جديرة بالرد أبدا».",
        [None],
    ),
    # a caption that only names people leaves the next وتابع unattributed, not to its first name
    (
        'وأكد روبيو أن "إيران لا تهدد إسرائيل والولايات المتحدة فحسب".\n\n'
        "رئيس الوزراء الإسرائيلي بنيامين نتنياهو - وزير الخارجية الأمريكي ماركو روبيو\n\n"
        'وتابع قائلا: "إيران النووية تشكل خطرا غير مقبول على العالم".',
        ["marco-rubio", None],
    ),
    # a feminine verb: the woman named further on in the subject speaks, not the man before her
    (
        'اعتبرت مبعوثة الرئيس الأميركي دونالد ترامب إلى الشرق الأوسط مورغان أورتاغوس أن "اتفاق وقف النار تم خرقه مرارا".',
        ["morgan-ortagus"],
    ),
    # … nor a man the registry knows by a man's office, named with no title
    (
        'قالت كايا كالاس إن "روسيا لم تشهد انتخابات حرة منذ زمن". ووصفت بوتين بأنه "ديكتاتور حقيقي لا يريد السلام". '
        'وقالت: "في هذا الصراع هناك معتد وهناك ضحية".',
        ["kaja-kallas", "kaja-kallas", "kaja-kallas"],
    ),
    # a feminine verb cannot have الرئيس as its subject: he is its object, she speaks on
    (
        'اعتبرت الممثلة الأوروبية كايا كالاس أن روسيا "لم تشهد انتخابات حرة منذ فترة طويلة"، '
        'ووصفت الرئيس فلاديمير بوتين بأنه "ديكتاتور حقيقي"، وقالت: "في هذا الصراع هناك معتد وهناك ضحية".',
        ["kaja-kallas", "kaja-kallas"],
    ),
    # an organisation in quotation marks is the subject, not the carried speaker; an outlet
    # cited as a source (بحسب ما ذكرت "رويترز") relays the speaker and keeps them
    (
        'وقال المبعوث هانس غروندبرغ إن "الوضع خطير جدا في البلاد".\n'
        'ومساء الخميس، أعلنت "قوات الدعم السريع" موافقتها على "الانضمام إلى الهدنة الإنسانية".',
        ["hans-grundberg", None],
    ),
    (
        'وأوضح لافروف أن "المفاوضات يجب أن تقوم على أساس واضح"، بحسب ما ذكرت "وكالة رويترز".\n'
        'ولفت إلى أن "أي اتفاق يجب أن يحقق السلام للجميع".',
        ["sergei-lavrov", "sergei-lavrov"],
    ),
    # a noun before a person makes them the verb's object, not its subject; a style does not
    ('ووصف الحزب اليميني ترشح ميركل لولاية رابعة بأنه "إشهار إفلاس للتحالف المسيحي الحاكم".', [None]),
    (
        'حين قال جلالة محمد السادس في خطاب العرش "نسأل الله أن تعود الأمور إلى طبيعتها".',
        ["mohammed-vi-of-morocco"],
    ),
    # وبيّن (explained) with its subject before أن, not the preposition بين (between)
    (
        "أكد القائد مظلوم عبدي التزامه بالاتفاق.\n\n"
        'وبيّن عبدي أن "هناك العديد من المواضيع الأخرى قيد العمل"، مؤكدا أن "المدن يجب أن تدير نفسها بنفسها".',
        ["mazloum-abdi", "mazloum-abdi"],
    ),
    (
        'وقال لافروف: "لن نقبل بهذه الشروط".\n\nوبين الطرفين خلافات كبيرة، وأكد أن "الحوار ما زال ممكنا رغم كل شيء".',
        ["sergei-lavrov", "sergei-lavrov"],
    ),
    # more speech verbs: وختمت، هنأ; a participle naming whom he spoke to (مخاطبا)
    (
        'وقالت الموفدة مورغان أورتاغوس: "نريد لبنان قويا ومستقلا".\n\nوختمت: "لا نريد أن يتحكم بلبنان أي جهة أبدا".',
        ["morgan-ortagus", "morgan-ortagus"],
    ),
    (
        'وقال لافروف: "لن نقبل بهذه الشروط أبدا".\n\nوأضاف مخاطبا الصحفيين في موسكو: "من يبحث عن التصعيد سيندم كثيرا".',
        ["sergei-lavrov", "sergei-lavrov"],
    ),
    (
        "أكد القائد مظلوم عبدي التزامه بالاتفاق.\n\n"
        'وهنأ عبدي الشعب السوري بالذكرى، مشددا على أن "الاتفاق يجب أن يكون الأساس لسوريا الجديدة".',
        ["mazloum-abdi"],
    ),
    # an attribution after a quotation that brings its own quotation is not the first's
    (
        'وبخصوص سؤال الصحفي "لماذا تمسك المغرب بأمور يراها الجمهور شكلية"، قال بوريطة "هناك ما هو إعلامي وهناك ما هو حقيقي".',
        [None, "nasser-bourita"],
    ),
    # a heading (no credit in brackets) still ends a run of quotations: never a guess
    (
        'قال ماكرون: "أوروبا مستعدة لتقديم الضمانات".\n\nردود الفعل\n\n"هذا الموقف غير مقبول على الإطلاق".',
        ["emmanuel-macron", None],
    ),
    # a picture's caption between two paragraphs changes no speaker
    (
        'وقالت الموفدة الأميركية مورغان أورتاغوس: "نريد لبنان قويا ومستقلا وسيدا".\n\n'
        "نعيم قاسم. (مواقع)\nنعيم قاسم. (مواقع)\n\n"
        'وتابعت: "واشنطن مستعدة لمساعدة الجيش اللبناني على تطوير خطته".',
        ["morgan-ortagus", "morgan-ortagus"],
    ),
    # a title with its object after it (تحذيره، تفاؤلا): the title speaks, here the last speaker
    (
        'وقال المتحدث باسم الكرملين دميتري بيسكوف إن "موسكو لن تقبل بهذه الشروط أبدا".\n'
        'وجدد المتحدث تحذيره من أن السفن ستصبح هدفا، قائلا: "نهيب بكل الدول أن تبتعد عن المنطقة".',
        ["dmitry-peskov", "dmitry-peskov"],
    ),
    (
        'وقال رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني: "الوساطة مستمرة رغم كل الصعوبات".\n\n'
        'كما أبدى رئيس الوزراء القطري تفاؤلًا حذرًا، قائلًا إن بلاده "تتوقع صمود وقف إطلاق النار رغم التحديات".',
        ["mohammed-bin-abdulrahman", "mohammed-bin-abdulrahman"],
    ),
    # وأتم: the last of a run of statements
    (
        'وقال المبعوث الأممي هانس غروندبرغ: "الوضع ما زال هشا في كل الجبهات".\nوأتم: "لا بد من استئناف الحوار بين الأطراف".',
        ["hans-grundberg", "hans-grundberg"],
    ),
    # a family name after a speech verb, between two mentions of the name in full
    (
        'وأكد القائد مظلوم عبدي التزامه بالاتفاق. وخلال الاجتماع صرح عبدي بأنهم "ملتزمون بالاتفاق حتى النهاية". '
        "وفي وقت لاحق أعلن مظلوم عبدي استعداده للحوار.",
        ["mazloum-abdi"],
    ),
    # a speech verb opening a relative clause speaks for the person named just before it
    (
        'واعترف ماكرون بالهزيمة وهنأ منافسه كير ستارمر بالفوز، والذي شدد على ضرورة أن "تبقى أوروبا موحدة في وجه كل التحديات".',
        ["keir-starmer"],
    ),
    # ... and for nobody when that is someone unnamed (not the sentence's subject)
    (
        'وقال زيلينسكي إن وزير الدفاع، الذي أكد أن "الجيش مستعد لكل الاحتمالات القادمة"، سيزور واشنطن قريبا.',
        [None],
    ),
    (
        'وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو: "لن نقبل بأي قوات أجنبية على الأراضي الأوكرانية".',
        ["sergei-lavrov"],
    ),
    ('"لن نقبل بأي قوات أجنبية على الأراضي الأوكرانية"، قال لافروف للصحفيين.', ["sergei-lavrov"]),
    (
        'ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله: "الاتصالات مع واشنطن مستمرة على مستويات مختلفة".',
        ["dmitry-peskov"],
    ),
    (
        'وأكد بيسكوف أن "الاتصالات مع واشنطن مستمرة على مستويات مختلفة" وأن موسكو تنتظر الرد.',
        ["dmitry-peskov"],
    ),
    (
        'من جهته، قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن "الوضع الإنساني في غزة كارثي ولا يمكن احتماله".',
        ["antonio-guterres"],
    ),
    (
        'وكتب زيلينسكي على منصة إكس: "نحتاج إلى مزيد من أنظمة الدفاع الجوي لحماية مدننا".',
        ["volodymyr-zelensky"],
    ),
    ('وبحسب عراقجي، فإن "المفاوضات غير المباشرة ستستمر في مسقط الأسبوع المقبل".', ["abbas-araghchi"]),
    (
        'وأضاف ماكرون، خلال مؤتمر صحفي مشترك مع زيلينسكي في باريس، أن "أوروبا مستعدة لتقديم ضمانات أمنية قوية".',
        ["emmanuel-macron"],
    ),
    (
        'وفي تصريحات لقناة الجزيرة، قال المبعوث الأمريكي ستيف ويتكوف: "نحن قريبون جدا من التوصل إلى اتفاق شامل".',
        ["steve-witkoff"],
    ),
    ('أردوغان: "تركيا مستعدة لاستضافة جولة جديدة من المحادثات بين الطرفين".', ["recep-tayyip-erdogan"]),
    (
        'وشدد الرئيس المصري عبد الفتاح السيسي على "ضرورة الوقف الفوري لإطلاق النار في قطاع غزة".',
        ["abdel-fattah-el-sisi"],
    ),
    ('ودعا غوتيريش جميع الأطراف إلى "الامتناع عن أي خطوات تصعيدية قد تشعل المنطقة".', ["antonio-guterres"]),
    (
        'وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا في إفادتها الأسبوعية: "على الغرب أن يتوقف عن تسليح نظام كييف".',
        ["maria-zakharova"],
    ),
    ('وقال نتنياهو في بيان صادر عن مكتبه: "سنواصل العملية حتى تحقيق جميع أهدافها".', ["benjamin-netanyahu"]),
    (
        'وصرح الرئيس الأوكراني فولوديمير زيلينسكي للصحفيين بأن "روسيا لا تريد السلام بل تريد الاستسلام".',
        ["volodymyr-zelensky"],
    ),
    (
        'وقال روته للصحفيين قبل الاجتماع: "الحلف موحد في دعمه لأوكرانيا". وتابع: "سنزيد الإنفاق الدفاعي في كل الدول الأعضاء".',
        ["mark-rutte", "mark-rutte"],
    ),
    (
        'وأشار البرهان إلى أن "الجيش لن يتفاوض مع ميليشيا ارتكبت جرائم بحق الشعب السوداني".',
        ["abdel-fattah-al-burhan"],
    ),
    (
        'وأعلن المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن "طهران لن تتخلى عن حقها في التخصيب".',
        ["esmaeil-baghaei"],
    ),
    ('وفي السياق ذاته، اعتبر لافروف أن "المقترحات الأوروبية غير واقعية على الإطلاق".', ["sergei-lavrov"]),
    ('ورأى وزير الخارجية الأمريكي ماركو روبيو أن "الطريق إلى السلام ما زال طويلا وصعبا".', ["marco-rubio"]),
    (
        'وأوضحت كايا كالاس، مسؤولة السياسة الخارجية في الاتحاد الأوروبي، أن "العقوبات ستبقى حتى تنسحب روسيا".',
        ["kaja-kallas"],
    ),
    (
        'وقال بوتين خلال لقائه مع رؤساء الأقاليم: "قواتنا تتقدم على جميع المحاور"، مضيفا: "لن نتوقف قبل تحقيق أهدافنا".',
        ["vladimir-putin", "vladimir-putin"],
    ),
    ('وردا على سؤال حول المفاوضات، قال ترامب: "أعتقد أننا سنتوصل إلى اتفاق قريبا جدا".', ["donald-trump"]),
    ('وقال غروندبرغ في إحاطته أمام مجلس الأمن إن "اليمن يقف عند مفترق طرق خطير".', ["hans-grundberg"]),
    ('ووفقا لزيلينسكي، فإن "الهجوم الأخير استهدف البنية التحتية للطاقة في خاركيف".', ["volodymyr-zelensky"]),
    (
        'وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في كلمة متلفزة مساء الأحد: "لن نسمح لحماس بالبقاء في غزة".',
        ["benjamin-netanyahu"],
    ),
    (
        'وأعرب الرئيس اللبناني جوزيف عون عن أمله في "أن تنجح المفاوضات في وقف الاعتداءات الإسرائيلية".',
        ["joseph-aoun"],
    ),
    (
        'وقالت كارولاين ليفيت، المتحدثة باسم البيت الأبيض: "الرئيس يريد إنهاء هذه الحرب في أسرع وقت".',
        ["karoline-leavitt"],
    ),
    (
        'وقال الشرع في مقابلة مع شبكة سي بي إس: "سوريا لن تكون منصة لتهديد أي من جيرانها".',
        ["ahmed-al-sharaa"],
    ),
    ('ونقل موقع أكسيوس عن ويتكوف قوله إن "الجولة المقبلة ستكون حاسمة".', ["steve-witkoff"]),
    ('لافروف: "الغرب يريد إطالة أمد الحرب بأي ثمن"', ["sergei-lavrov"]),
    (
        'وقال لافروف إن موسكو منفتحة على الحوار.\n\nوأضاف: "لكننا لن نتنازل عن مصالحنا الأمنية المشروعة".',
        ["sergei-lavrov"],
    ),
    (
        'وقال لافروف: "لن نتنازل عن مصالحنا الأمنية المشروعة".\n\nمن جانبه، قال بيسكوف: "الكرملين لم يتلق أي مقترح مكتوب حتى الآن".',
        ["sergei-lavrov", "dmitry-peskov"],
    ),
    ('من جهتها، أكدت زاخاروفا أن "موسكو سترد بشكل مناسب على أي استفزاز".', ["maria-zakharova"]),
    (
        'وقال لافروف، الذي كان يتحدث في مؤتمر صحفي مع نظيره التركي هاكان فيدان، إن "الحل يجب أن يكون شاملا ودائما".',
        ["sergei-lavrov"],
    ),
    (
        'وقال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، إن "الحرب لن تنتهي قبل إعادة جميع المحتجزين".',
        ["benjamin-netanyahu"],
    ),
    (
        'وقال زيلينسكي في خطابه المسائي اليومي: "علينا أن نبقى متحدين في مواجهة هذا العدوان".',
        ["volodymyr-zelensky"],
    ),
    ('وقال بيسكوف ردا على سؤال: "لا توجد خطط لعقد لقاء بين الرئيسين في الوقت الحالي".', ["dmitry-peskov"]),
    (
        '"نحن لا نريد الحرب مع أحد"، يقول زيلينسكي، مضيفا أن "أوكرانيا تدافع عن نفسها فقط".',
        ["volodymyr-zelensky", "volodymyr-zelensky"],
    ),
    ('وتساءل لافروف: "لماذا يصمت الغرب عن الهجمات على المدنيين في دونيتسك؟"', ["sergei-lavrov"]),
    (
        'وتحدث فلاديمير بوتين مع الصحفيين.\n\nوقال الرئيس الروسي في كلمة متلفزة: "سنرد على أي هجوم بقوة وحزم".',
        ["vladimir-putin"],
    ),
    (
        'وقال مسؤول أمريكي لرويترز إن "المحادثات وصلت إلى طريق مسدود". وأضاف: "لا نرى أي تقدم حقيقي".',
        [None, None],
    ),
    ('وأكد الكرملين في بيان أن "الرئيس بوتين مستعد للقاء نظيره الأمريكي في أي وقت".', [None]),
    ('"سنواصل دعم أوكرانيا حتى النهاية"، حسبما قال روته للصحفيين في بروكسل.', ["mark-rutte"]),
    (
        'وقال لافروف: "لن نقبل بأي إملاءات من الخارج" وأضاف أن "روسيا ستدافع عن مصالحها".',
        ["sergei-lavrov", "sergei-lavrov"],
    ),
    ('وقال ماكرون بعد لقائه زيلينسكي في قصر الإليزيه: "فرنسا ستبقى إلى جانب أوكرانيا".', ["emmanuel-macron"]),
    (
        'وخلال لقائه مع أردوغان في أنقرة، قال بوتين: "علاقاتنا مع تركيا استراتيجية ومتينة".',
        ["vladimir-putin"],
    ),
    ('وقال بوتين لأردوغان خلال الاتصال: "نقدر الجهود التركية في الوساطة بين الطرفين".', ["vladimir-putin"]),
    ('ونقلت وسائل إعلام روسية عن بيسكوف قوله: "موسكو لا تزال منفتحة على المفاوضات".', ["dmitry-peskov"]),
    ('وفي رده على سؤال للصحفيين، أوضح بيسكوف أن "الكرملين يدرس المقترح الأمريكي بعناية".', ["dmitry-peskov"]),
    ('وحسب ما نقلت رويترز عن مسؤول أوكراني، فإن "الهجوم استهدف منشآت الطاقة في المنطقة".', [None]),
    ('وبحسب بيان صادر عن الكرملين، فإن "الرئيسين اتفقا على مواصلة الاتصالات بينهما".', [None]),
    (
        'وبحسب المتحدث باسم الكرملين دميتري بيسكوف، فإن "الرئيس بوتين سيشارك في القمة عبر الفيديو".',
        ["dmitry-peskov"],
    ),
    ('"لن نقبل بأي قوات أجنبية على الأراضي الأوكرانية"، وقال بيسكوف إن الموقف ثابت.', [None]),
    (
        'وقال بيسكوف إن "الاتصالات مستمرة مع الجانب الأمريكي". "لا يمكننا الكشف عن التفاصيل الآن"، أضاف المتحدث.',
        ["dmitry-peskov", "dmitry-peskov"],
    ),
    ('وقالت مصادر مقربة من نتنياهو إن "رئيس الوزراء لن يوافق على أي انسحاب من المحور".', [None]),
    (
        'وقال كبير مستشاري الرئيس الأوكراني زيلينسكي، ميخايلو بودولياك، إن "روسيا تكذب كعادتها في كل شيء".',
        [None],
    ),
    (
        'واعتبرت رئيسة المفوضية الأوروبية أورسولا فون دير لاين أن "أوروبا تمر بلحظة حاسمة في تاريخها".',
        ["ursula-von-der-leyen"],
    ),
    ('وأبلغ عراقجي الصحفيين في مسقط أن "الجولة المقبلة من المحادثات ستعقد خلال أيام".', ["abbas-araghchi"]),
    ('وهدد نتنياهو بأن "إسرائيل ستتحرك بقوة إذا لم تطلق حماس سراح الرهائن".', ["benjamin-netanyahu"]),
    ('زيلينسكي يدعو إلى "تحالف جديد من أجل السلام في أوروبا"', ["volodymyr-zelensky"]),
    (
        'بوتين يحذر من "عواقب وخيمة" إذا تسلمت كييف صواريخ بعيدة المدى ويقول: "سنرد بشكل حاسم وسريع".',
        ["vladimir-putin"],
    ),
    ('والتقى لافروف نظيره الصيني في بكين. وقال: "علاقاتنا في أفضل حالاتها على الإطلاق".', ["sergei-lavrov"]),
    ('ترامب، الذي يزور المنطقة هذا الأسبوع، قال إن "السلام أصبح أقرب من أي وقت مضى".', ["donald-trump"]),
    (
        'واستقبل بوتين المبعوث الأمريكي في الكرملين. وأشاد الرئيس الروسي بالجهود الأمريكية، قائلا: "هذه خطوة في الاتجاه الصحيح".',
        ["vladimir-putin"],
    ),
    (
        'وفي مقابلة مع صحيفة لوموند، اعتبر ماكرون أن "أوروبا يجب أن تعتمد على نفسها في الدفاع".',
        ["emmanuel-macron"],
    ),
    (
        'وقالت زاخاروفا إن "كييف تواصل قصف المدنيين". وتابعت: "الغرب يغض الطرف عن هذه الجرائم".',
        ["maria-zakharova", "maria-zakharova"],
    ),
    (
        'وقال غوتيريش إن "الوضع كارثي في كل مكان". من جهته، اعتبر روته أن "الحلف مستعد لكل الاحتمالات". وأضاف: "لن نتراجع أمام أي تهديد".',
        ["antonio-guterres", "mark-rutte", "mark-rutte"],
    ),
    ('وقال نتنياهو لأعضاء الكنيست: "لن نوقف الحرب قبل تحقيق النصر الكامل".', ["benjamin-netanyahu"]),
    (
        'وأضاف الرئيس الأوكراني فولوديمير زيلينسكي في منشور على تلغرام: "الليلة كانت صعبة على كييف".',
        ["volodymyr-zelensky"],
    ),
    ('وتابع أردوغان قائلا: "تركيا لن تسمح بتقسيم سوريا تحت أي ظرف".', ["recep-tayyip-erdogan"]),
    (
        'وأكد وزير الخارجية الإيراني عباس عراقجي، خلال لقائه نظيره العماني في مسقط، أن "إيران جادة في المفاوضات".',
        ["abbas-araghchi"],
    ),
    ('وقالت الخارجية الروسية في بيان: "نرفض هذه الاتهامات جملة وتفصيلا".', [None]),
    (
        'وقال السيسي خلال استقباله الرئيس الفلسطيني محمود عباس: "مصر لن تقبل بتصفية القضية الفلسطينية".',
        ["abdel-fattah-el-sisi"],
    ),
    ('وقال ترامب عن بوتين: "لست سعيدا به على الإطلاق، إنه يقتل الكثير من الناس".', ["donald-trump"]),
    ('وأشار زيلينسكي إلى أن بوتين "لا يريد إنهاء الحرب بل يريد كسب الوقت".', ["volodymyr-zelensky"]),
    ('وقال بيسكوف ردا على تصريحات زيلينسكي: "هذه التصريحات لا تساعد في عملية السلام".', ["dmitry-peskov"]),
    ('ونقلت رويترز عن ثلاثة مسؤولين قولهم إن "واشنطن تدرس فرض عقوبات جديدة على موسكو".', [None]),
    # a title alone is the office's holder on the article's day (here 2025-06-01)
    ('وقال وزير الخارجية الأمريكي: "نحن ندعم جهود الوساطة المصرية والقطرية".', ["marco-rubio"]),
    (
        'وقال عراقجي: "لم نتلق أي رسالة". وقال بقائي: "الرسالة لم تصل بعد إلى طهران".',
        ["abbas-araghchi", "esmaeil-baghaei"],
    ),
    (
        'واستقبل الرئيس التونسي وزير الخارجية السعودي الأمير فيصل بن فرحان الذي سلمه دعوة من العاهل السعودي الملك سلمان بن عبد العزيز.\n\nوستخصص الزيارة، وفق ما صرح به الدبلوماسي السعودي عقب اللقاء، "لتعزيز العلاقات الثنائية والتنسيق المشترك بين البلدين".',
        ["faisal-bin-farhan"],
    ),
    (
        'والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأمريكي ماركو روبيو.\n\nوقال الدبلوماسي في تصريح: "المحادثات كانت مثمرة وبناءة للغاية".',
        [None],
    ),
    (
        'وقال غروندبرغ إن اليمن يمر بمرحلة خطيرة. وأضاف المسؤول الأممي أن "الحل السياسي ما زال ممكنا رغم كل شيء".',
        ["hans-grundberg"],
    ),
    ('وكان لافروف قد قال إن "روسيا لن تقبل بنشر قوات أوروبية في أوكرانيا".', ["sergei-lavrov"]),
    ('وكانت زاخاروفا قد أكدت أن "موسكو سترد على أي استفزاز بحزم".', ["maria-zakharova"]),
    ('وأضاف ماكرون:\n\n"أوروبا يجب أن تكون مستعدة للدفاع عن نفسها في كل الظروف".', ["emmanuel-macron"]),
    (
        'وقال زيلينسكي في خطابه:\n\n"لن نتنازل عن أي شبر من أرضنا مهما كان الثمن".\n\n"وسنواصل القتال حتى تحقيق السلام العادل".',
        ["volodymyr-zelensky", "volodymyr-zelensky"],
    ),
    (
        'وقال بيسكوف إن الكرملين يدرس المقترح. "لا يمكننا التعليق على التفاصيل الآن"، على حد تعبيره.',
        ["dmitry-peskov"],
    ),
    ('ونقل بيان رئاسي عن الرئيس جوزيف عون قوله: "لبنان ملتزم بتطبيق القرار 1701 بالكامل".', ["joseph-aoun"]),
    (
        'وفي كلمة ألقاها أمام القمة، قال أمير قطر الشيخ تميم بن حمد آل ثاني: "ندعو المجتمع الدولي إلى التحرك فورا".',
        ["tamim-bin-hamad"],
    ),
    (
        'وقالت الرئاسة السورية إن الشرع أكد خلال الاتصال أن "سوريا منفتحة على التعاون مع جميع الدول".',
        ["ahmed-al-sharaa"],
    ),
    ('وسبق أن قال نتنياهو إن "إسرائيل لن توقف الحرب قبل القضاء على حماس".', ["benjamin-netanyahu"]),
    (
        'وقال لافروف إن الوضع صعب.\n\nوجاء في البيان:\n\n"إن الحكومة ستواصل العمل من أجل السلام الدائم".',
        [None],
    ),
    # a person after a fused ل is whom the words were said to, not who said them
    ('وقال مسؤول أوروبي رفيع المستوى لروبيو: "نحن مستعدون لتقديم الضمانات".', [None]),
    # a subject of its own before the verb (كان … قد قال): not the last speaker carried over
    (
        'وقال البرهان: "سننتصر في هذه الحرب". وكان حاكم الإقليم رئيس حركة «التحرير» فلان الفلاني قد قال '
        "في وقت سابق إن «الحرب لن تنتهي قريبا».",
        ["abdel-fattah-al-burhan", None],
    ),
    # another person heads a clause of the sentence: the quote is theirs, not the last speaker's
    (
        'وقال فانس: "لن نرسل قوات برية إلى هناك أبدا". والجدير بالذكر أن ترامب لم يعترض على تصريحه بأن نائبه أبدى تحفظات، '
        'إذ قال للصحفيين: "كان مختلفا عني بعض الشيء".',
        ["jd-vance", None],
    ),
    # but an adverbial before the verb, or a quotation ending a sentence, leaves it carried
    (
        'وقال فانس: "لن نرسل قوات برية إلى هناك أبدا". وفي حديثه للصحفيين قال: "الحرب يجب أن تنتهي".',
        ["jd-vance", "jd-vance"],
    ),
    (
        'وقال ماكرون: "سنكون هناك عند توقيع السلام." وأكد أنهم "لن يقفوا في الخطوط الأمامية".',
        ["emmanuel-macron", "emmanuel-macron"],
    ),
    # وتابع قوله، "…": his own words again, not reported from someone else
    (
        'وقال الصفدي خلال المؤتمر، "دعمنا لسوريا مطلق ولن ندخر جهدا". '
        'وتابع قوله، "بحثنا تفعيل المؤسسات وبناء القدرات".',
        ["ayman-safadi", "ayman-safadi"],
    ),
    # a subject that is a name in quotation marks (the old reading carried Trump over)
    (
        'وقال ترامب إن "الأمن يأتي أولا دائما وأبدا". وأكد «روبيو»، خلال مراسم أدائه اليمين، أن السياسة '
        "ستكون واقعية، قائلا: «إذا تقاطعت مصالحنا مع مصالح الآخرين فسنعمل معهم».",
        ["donald-trump", "marco-rubio"],
    ),
    # a title with "و" + a noun governing the next word (وشؤون المغتربين)
    (
        'قال نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، إن "الإرهاب لا يزال خطرا قائما".',
        ["ayman-safadi"],
    ),
    # a registered person named in full, then by the family name alone after a speech verb
    (
        "قال ماجد الأنصاري، المتحدث باسم الخارجية القطرية، إن الجهود مستمرة. "
        'وأعرب الأنصاري عن قلق بلاده، وأضاف أن "غرفة المتابعة في القاهرة تدرس الخطوات التالية".',
        ["majed-al-ansari"],
    ),
    # an organisation in quotation marks as the subject: not the last speaker
    (
        'وقال ترامب إن "الأمن يأتي أولا دائما وأبدا". وأكد "حزب الله"، في بيان، أن "المقاومة مستمرة في كل الظروف".',
        ["donald-trump", None],
    ),
    # a verb whose quotation follows a preposition (وأشاد بـ"…") keeps the speaker
    (
        'وأكد نعيم قاسم أن "المقاومة باقية ما بقي الاحتلال قائما"، وأشاد بـ"الموقف المسؤول للرئيس جوزيف عون '
        'في هذه المرحلة" وأضاف "الحكومة مسؤولة عن سيادتها ولن نأخذ أوامر من أحد".',
        ["naim-qassem", "naim-qassem", "naim-qassem"],
    ),
    # words reported from someone unnamed (عن مسؤول أمريكي قوله) are not the last speaker's
    (
        'وقال ترامب إن "الحرب يجب أن تنتهي في أسرع وقت ممكن". '
        'ونقلت رويترز عن مسؤول أمريكي قوله: "المفاوضات ما زالت في مراحلها الأولى".',
        ["donald-trump", None],
    ),
    # an indefinite title is someone new and unnamed, not the official named before
    (
        'وقال المنسق الأممي تور وينسلاند إن "الوضع في غزة كارثي بكل المقاييس". '
        'وقال مسؤول أممي إن "المساعدات لا تصل إلى الشمال أبدا".',
        ["tor-wennesland", None],
    ),
    (
        'وقالت المنسقة الأممية سيغريد كاغ إن "الوضع في غزة كارثي بكل المقاييس". '
        'وقالت مسؤولة أممية رفيعة إن "المساعدات لا تصل إلى الشمال أبدا".',
        ["sigrid-kaag", None],
    ),
    # a participle opening its paragraph: the subject of the sentence before
    (
        'وأكد زيلينسكي أن المحادثات ستعقد هذا الأسبوع.\n\nموضحا: "من جانبنا سنحضر كل شيء على أكمل وجه".',
        ["volodymyr-zelensky"],
    ),
    # the preposition of a title written apart (لـ حزب الله)
    (
        'أكد الأمين العام لـ حزب الله الشيخ نعيم قاسم، أن الحزب باق.\n\nوقال في كلمته: "المقاومة ستبقى البوصلة الوحيدة لنا".',
        ["naim-qassem"],
    ),
    ('ومضى السيسي في حديثه: "نحن نعتز كثيرا بعلاقاتنا مع الأشقاء في الخليج".', ["abdel-fattah-el-sisi"]),
    # a person heading the reported clause is its topic, not the speaker
    (
        'وقال ماكرون إنه يأمل ذلك.\n\nوأضاف أن نتنياهو "لم يهتم بالرهائن ولا بعائلاتهم على الإطلاق".',
        ["emmanuel-macron"],
    ),
    (
        'وقال والد أحد الأسرى إنه فقد الثقة.\n\nوأضاف أن نتنياهو "لم يهتم بالرهائن ولا بعائلاتهم على الإطلاق".',
        [None],
    ),
    # رئيس الدولة is the head of state named before, never the head of government
    (
        'والتقى الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني. وأكد رئيس الدولة أن "القانون سيطبق على الجميع دون استثناء".',
        ["kais-saied"],
    ),
    (
        'وقال رئيس الحكومة أحمد الحشاني إن الإصلاح مستمر. وأكد رئيس الدولة أن "القانون سيطبق على الجميع دون استثناء".',
        [None],
    ),
    # واصل, أثنى: speech verbs
    ('قال لافروف إن الحوار ممكن. وواصل: "لن نقبل بأي شروط مسبقة من أي طرف".', ["sergei-lavrov"]),
    ('وأثنى السيسي على أن "التعاون بين البلدين يشهد تطورا غير مسبوق".', ["abdel-fattah-el-sisi"]),
    # بيّن (explained) before أن; بين (between) is no verb
    (
        'قال غوتيريش إن "الحوار ممكن مع الجميع دائما".\nوبين أن "الأولوية هي الإبقاء على الاتفاق مع الجميع".',
        ["antonio-guterres", "antonio-guterres"],
    ),
    (
        'قال غوتيريش إن "الحوار ممكن مع الجميع دائما". وبين الطرفين خلافات، وقال مسؤول: "لا اتفاق حتى الآن بيننا".',
        ["antonio-guterres", None],
    ),
    # a verbal noun right after the verb is its object: the subject is carried over
    (
        'قال غوتيريش إن الأمم المتحدة مستعدة.\nوأكد رفض المنظمة أي وجود للقوات الأجنبية، مشيراً إلى أن "الوجود الأجنبي غير شرعي أبدا".',
        ["antonio-guterres"],
    ),
    # a Chinese name's first word is the family name: after the full name, it alone names her
    (
        "قالت المتحدثة باسم الخارجية الصينية ماو نينغ إن الموقف ثابت.\n\nوأكدت ماو مجددا على موقف بكين.\n\n"
        'وأضافت أن "قضية تايوان شأن داخلي صيني بحت".',
        ["mao-ning"],
    ),
    # a verb-first clause's subject speaks the coordinated وقال of the same sentence
    (
        'وفي تطور لافت، وجّه وزير الدفاع الإسرائيلي يسرائيل كاتس رسالة تحذيرية إلى حزب الله، وقال: "حزب الله يلعب بالنار ويتحمل العواقب".',
        ["israel-katz"],
    ),
    ('وأكد أن ترامب لم يبد اعتراضا، وقال: "الحرب لن تنتهي قريبا على ما يبدو أبدا".', [None]),
    # ب + a verbal noun right after the verb is its object: the speaker is carried over
    (
        'وقال يحيى سريع إن القوات جاهزة.\nوتوعد بتنفيذ "المزيد من العمليات العسكرية الأشد والأقوى حتى رفع الحصار".',
        ["yahya-saree"],
    ),
    # إلى is keyed like a word with the article: it is no title word (الوزير الإسرائيلي إلى أن)
    (
        "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الرد سيكون قاسيا.\n\n"
        'وأشار الوزير الإسرائيلي إلى أن واشنطن تمارس ضغوطا، موضحا أن إسرائيل "تمنح هذه الجهود فرصة أخيرة".',
        ["israel-katz"],
    ),
    # a family name that is also a country's adjective, right after a speech verb, once
    # the person was named in full; the adjective after a noun stays the country's
    (
        "أكد رئيس الوزراء العراقي محمد شياع السوداني أن الحكومة ماضية.\n\n"
        "وأشار السوداني، إلى أن الحكومة تبنت “مسار الخدمات الذي تحول إلى سلوك عملي”.\n\n"
        'وقال الجيش السوداني إن "القوات تتقدم على كل المحاور بثبات".',
        ["mohammed-shia-al-sudani", None],
    ),
    # words reported with القول; الجديد and في in a title-only subject
    (
        'التقى الرئيس اللبناني جوزاف عون البطريرك. ونقلت الرئاسة في بيان عن عون القول ان "حصر السلاح سننفذه في الوقت المناسب".',
        ["joseph-aoun"],
    ),
    (
        'ألقى الرئيس السوري أحمد الشرع خطابا. وقال الرئيس السوري الجديد في الخطاب إن "سوريا تحررت بفضل التضحيات كلها".',
        ["ahmed-al-sharaa"],
    ),
    # رد (replied) with the ف of succession, after another person's quotation
    (
        'وقال لافروف: "نحن مستعدون للحوار في أي وقت". فرد زيلينسكي: "لا حوار قبل انسحاب القوات".',
        ["sergei-lavrov", "volodymyr-zelensky"],
    ),
    # a title-only subject that calls on someone (the noun before إلى is whom): the minister
    # named before; a former minister is nobody named here
    (
        "التقى وزير الخارجية الأردني أيمن الصفدي نظيره الروسي. "
        'ودعا الوزير الأردني المجتمع الدولي إلى "وقف الحرب فورا ودون أي شروط".\n\n'
        'وحث الوزير الأردني السابق الحكومة على "مراجعة الاتفاق مع الشركاء كافة".',
        ["ayman-safadi", None],
    ),
    (
        "التقى وزير الخارجية الأردني أيمن الصفدي نظيره الروسي. "
        'كما طالب الوزير الأردني المجتمع الدولي بـ"وقف الحرب فورا ودون أي شروط".',
        ["ayman-safadi"],
    ),
    # a form of address before the title, and the honorific with its pronoun after it
    (
        "افتتح الشيخ تميم بن حمد، أمير دولة قطر، أعمال المنتدى. "
        'وقال سمو الأمير في كلمته: "نرحب بكم جميعا في بلدكم الثاني".\n\n'
        'وأضاف سموه أن "الحوار هو الطريق الوحيد لحل النزاعات".',
        ["tamim-bin-hamad", "tamim-bin-hamad"],
    ),
    # a title-only subject written before its verb, then a participle: the title's holder
    # named before; a title that is nobody's named here leaves the quote unattributed
    (
        "قال ماجد الأنصاري، المتحدث باسم وزارة الخارجية القطرية، إن الجهود مستمرة.\n\n"
        'المتحدث القطري شدد على دعم الوساطة، قائلا إن "الاتفاق يجب أن ينفذ بالكامل".\n\n'
        'المتحدث الإيراني شدد على رفض الوساطة، قائلا إن "الاتفاق لا يعنينا في شيء".',
        ["majed-al-ansari", None],
    ),
    # a newspaper reports that the person made the statements: the next "he added" is his
    (
        "هدد وزير الدفاع الإسرائيلي يسرائيل كاتس الحركة.\n"
        "وذكرت صحيفة محلية أن كاتس أدلى بهذه التصريحات خلال جولة في الجنوب.\n"
        'وأضاف: "هذه حرب معقدة تتجاوز كل ما حدث في الماضي".',
        ["israel-katz"],
    ),
    # لـ written apart before the quoted name of the body the title names
    (
        "قال المفوض العام للأونروا، فيليب لازاريني، إن الهجوم سياسي. "
        'واعتبر المفوض العام لـ"الأونروا"، الحظر بمثابة "عقاب جماعي سيعمق معاناة اللاجئين".',
        ["philippe-lazzarini"],
    ),
    # the office as the press also writes it (a role's also_ar): the person named before
    (
        "قالت الممثلة العليا للشؤون الخارجية في الاتحاد الأوروبي، كايا كالاس، إن الحرب يجب أن تنتهي. "
        'وأكدت منسقة الدبلوماسية الأوروبية أن "أمن أوروبا يبدأ من أوكرانيا".',
        ["kaja-kallas"],
    ),
    # a country is the subject of the verb inside the reported clause (إن أوكرانيا طالبت
    # المبعوث فلان): the envoy is asked, the minister who reports it speaks
    (
        "التقى وزير الخارجية العراقي فؤاد حسين نظيره. "
        "وقال حسين إن العراق طالب المبعوث الأميركي ستيف ويتكوف بضمانات، "
        'موضحا أن "أي اتفاق لا بد أن يكون متبادلا".',
        ["fuad-hussein"],
    ),
    # … but a place before the verb is no subject: the name after it speaks
    ('وفي موسكو قال بوتين إن "الغرب يخطئ في حساباته كلها".', ["vladimir-putin"]),
    # a related article's headline left in the page names someone: the pronoun verbs after
    # it are not his (the speaker of the paragraph is unknown here: nobody)
    (
        "وأعلن محافظ البنك المركزي استقالته المفاجئة اليوم.\n\n"
        "صحيفة: ماكرون على عتبة مرحلة صعبة\n"
        "وأوضح أن قراره جاء بعد تفكير عميق في المستقبل.\n"
        'وقال: "قررت قبول هذه المهمة الجديدة وسأغادر منصبي قريبا".',
        [None],
    ),
    # … and a subheading before a named subject: the subheading's line is no topic
    (
        "وقال ستارمر إن الدعم مستمر.\n"
        "الناتو: لا مجال للتردد أمام روسيا\n"
        "الأمين العام لحلف الناتو، مارك روته، حذر من التراخي. "
        'وأوضح أن الضمانات يجب أن تكون "واضحة وملزمة لكل الأطراف المعنية".',
        ["mark-rutte"],
    ),
    # two titles, the second with an institution in construct (رئيس حركة…): both the speaker's
    (
        "وقال وزير المالية السوداني جبريل إبراهيم إن الوضع صعب.\n"
        'وأردف وزير المالية رئيس حركة العدل والمساواة: "رفعنا الرسوم الجمركية مؤخرا لأسباب كثيرة".',
        ["gibril-ibrahim"],
    ),
    # فإن before the subject written before its verb
    (
        "نفى وزير المالية بتسلئيل سموتريتش التقارير. ووفقا للإذاعة، فإن سموتريتش أشار خلال جولة "
        'ميدانية، إلى أن "القرار لن يتغير مهما كانت الضغوط".',
        ["bezalel-smotrich"],
    ),
    # a relative clause right after a verb of criticising is its object: the speaker goes on
    (
        'وقال سونكو إن "الدين العام أخفي عن الشعب طويلا". كما انتقد الذين شككوا في الأرقام.\n\n'
        'وأضاف: "يجب أن يحاسب كل من أخفى هذه الحقائق".',
        ["ousmane-sonko", "ousmane-sonko"],
    ),
    # one person interrupts another within the sentence: the participle after the first
    # quotation is the interrupter's, never the first speaker's
    (
        'وعندما قال زيلينسكي: "نحن لا نطلب الكثير من حلفائنا"، ليقاطعه ترامب بالقول: '
        '"أنتم تطلبون كل شيء دائما"، ورفع ترامب صوته قائلا لزيلينسكي: "أنت لست في موقع قوة".',
        ["volodymyr-zelensky", "donald-trump", "donald-trump"],
    ),
    # … and with nobody named after the first quotation, nobody
    (
        'وقال زيلينسكي: "نحن لا نطلب الكثير من حلفائنا"، ثم قاطعه الرئيس بالقول: "أنتم تطلبون كل شيء".',
        ["volodymyr-zelensky", None],
    ),
    # a headline and its outlet's line before the first sentence: the headline's person
    # is no topic for the verbs after them
    (
        "معارض: بوتين مجرد لاعب ستنتهي صلاحيته قريبا\n"
        "وكالة محلية\n"
        "في رد سريع على تصريحات الكرملين الأخيرة، قال إن الهتافات "
        '"إشهار مجاني لحزبه ولحزبنا أيضا".',
        [None],
    ),
    # تحدث عن: the words the speaker talked about
    (
        'وتحدث لافروف عن "الضغوط التي يمارسها الغرب على الدول المحايدة".',
        ["sergei-lavrov"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SHAPES, ids=[f"shape-{i:02d}" for i in range(len(SHAPES))])
def test_every_quote_goes_to_the_right_speaker(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in extract(text, REGISTRY, "2025-06-01").quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a closing-shaped mark written against the speaker's name opens the quotation
        (
            "وقال الدبيبة” اليوم بعثت وفدا كبيرا جدا لتونس للتفاهم معها”.\n"
            "وتساءل الدبيبة” من أين جاء كل هؤلاء الإرهابيين إلى ليبيا؟”",
            [
                ("اليوم بعثت وفدا كبيرا جدا لتونس للتفاهم معها", "abdul-hamid-dbeibah"),
                ("من أين جاء كل هؤلاء الإرهابيين إلى ليبيا؟", "abdul-hamid-dbeibah"),
            ],
        ),
        # a quotation wrapped over lines, and a last one the excerpt cuts off
        (
            'وقالت أورتاغوس إنّ "حزب الله هُزم من قبل\nإسرائيل، ونحن ممتنون لحليفتنا إسرائيل".\n'
            'وشددت على أنه "من المهم\nللشعب اللبناني أن يعلم ذلك".\nوقالت: "أنا لا',
            [
                ("حزب الله هُزم من قبل\nإسرائيل، ونحن ممتنون لحليفتنا إسرائيل", "morgan-ortagus"),
                ("من المهم\nللشعب اللبناني أن يعلم ذلك", "morgan-ortagus"),
            ],
        ),
        # lines of one paragraph, the first with a stray straight quote: later lines pair alone
        (
            'دعا لافروف "كافة الأطراف إلى حوار شامل "في غضون شهر واحد فقط ".\n'
            'وأضاف لافروف أن الهدف هو "تحديد شكل النظام المقبل للبلاد"، مشيرا إلى أنه "واثق من القدرة على الحل".',
            [
                ("كافة الأطراف إلى حوار شامل", "sergei-lavrov"),
                ("تحديد شكل النظام المقبل للبلاد", "sergei-lavrov"),
                ("واثق من القدرة على الحل", "sergei-lavrov"),
            ],
        ),
        # a stray closing mark (its quotation began before the excerpt) opens nothing
        (
            "وأكدت الوزارة «تعاونها» مع الفرق التي استعادت الرفات». وأضافت أن «عمليات البحث كانت شديدة التعقيد هذا العام».",
            [("عمليات البحث كانت شديدة التعقيد هذا العام", None)],
        ),
        # a first mark never closed, then the attribution and a quotation of its own
        (
            "“هذه الحملة تصرف الانتباه عما هو مهم حقا. قال لازاريني: “المساعدة الطبية ضرورية لأضعف الناس هنا”.",
            [("المساعدة الطبية ضرورية لأضعف الناس هنا", "philippe-lazzarini")],
        ),
        # a quotation inside a quotation, both in the same marks
        (
            "وكتب بوتين: “وقعت اليوم اتفاق “الشراكة الشاملة” لإنشاء هيكل للدفاع المشترك”.",
            [("وقعت اليوم اتفاق “الشراكة الشاملة” لإنشاء هيكل للدفاع المشترك", "vladimir-putin")],
        ),
        # a double prime typed for the closing mark
        (
            "وقال لافروف لموقع “الحدث 24″، مضيفا: “لن نقبل بأي قوات أجنبية على أراضينا”.",
            [("لن نقبل بأي قوات أجنبية على أراضينا", "sergei-lavrov")],
        ),
        # marks typed right to left, swapped: ”…“ and »…«
        (
            "وقال لافروف: ”لن نقبل بأي قوات أجنبية هناك“. وأضاف بيسكوف: »الموقف الروسي ثابت ولن يتغير«.",
            [
                ("لن نقبل بأي قوات أجنبية هناك", "sergei-lavrov"),
                ("الموقف الروسي ثابت ولن يتغير", "dmitry-peskov"),
            ],
        ),
        # a paragraph that opens inside a quotation begun before it
        (
            'الحرب لن تنتهي قبل تحقيق أهدافنا"، قال نتنياهو. وقال لافروف: "لن نقبل بأي قوات أجنبية هناك".',
            [
                ("الحرب لن تنتهي قبل تحقيق أهدافنا", "benjamin-netanyahu"),
                ("لن نقبل بأي قوات أجنبية هناك", "sergei-lavrov"),
            ],
        ),
        # a space inside the marks, as hurried typing leaves it: still one quotation
        (
            'وقال لافروف:" نحن ملتزمون بالاتفاق تماما " وأضاف أن الغرب يكذب.',
            [("نحن ملتزمون بالاتفاق تماما", "sergei-lavrov")],
        ),
        (
            'وقال لافروف إن" الغرب يكذب في كل شيء دائما" وأضاف.',
            [("الغرب يكذب في كل شيء دائما", "sergei-lavrov")],
        ),
        # a closing-shaped mark right after the complementiser opens the quotation
        (
            "وانتقد لافروف العقوبات، مشيرا إلى أن” الغرب لن ينجح في عزل روسيا أبدا”. وغادر القاعة.",
            [("الغرب لن ينجح في عزل روسيا أبدا", "sergei-lavrov")],
        ),
        # a term in straight quotes inside a straight-quoted quotation
        (
            'وقال لافروف: "نرفض ما يسمى "الخطة" الأمريكية بشكل كامل". وأضاف أن الغرب يكذب.',
            [('نرفض ما يسمى "الخطة" الأمريكية بشكل كامل', "sergei-lavrov")],
        ),
    ],
)
def test_quotation_marks_as_real_text_writes_them(text: str, quotes: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in extract(text, REGISTRY, "2025-06-01").quotes] == quotes
