"""Word lists that tell a person's name from the words around it: titles, role
words, institutions, stop words, connectors, speech verbs. Written as text and
keyed once at import; the name reader, quotation attribution and entity linking
all read the same lists, so a word added here changes all three.
"""

from __future__ import annotations

from ...arabic_text import normalize, word_key


def word_keys(words: str) -> frozenset[str]:
    """The matching keys of a space-separated word list (tables are written as text)."""
    return frozenset(normalize(w) for w in words.split())


# Titles and role nouns that introduce a name (construct and definite forms).
# Kinship titles with a pronoun, by the sex of their meaning (the ending is the pronoun's:
# ابنتهما is a daughter, ابنه a son).
FEMININE_KIN = word_keys("ابنته ابنتها ابنتهما زوجته شقيقته شقيقتها أرملته")
MASCULINE_KIN = word_keys("ابنه ابنها ابنهما نجله نجلها زوجها شقيقه شقيقها")
TITLES = (
    word_keys(
        "المذيع المذيعة مذيع مذيعة الروائي الروائية روائي روائية شاعر شاعرة الناشط الناشطة ناشط ناشطة "
        "المحامي المحامية محامي محامية الفنان الفنانة اللاعب اللاعبة المرشح المرشحة مرشح مرشحة وكيل وكيلة "
        "عقيد عميد لواء الرئيس الرئيسة رئيس رئيسة رئيسا نائب نائبة النائب النائبة وزير وزيرة الوزير الوزيرة وزيرا المستشار المستشارة "
        "مستشار مستشارة مستشاري مساعد مساعدة المساعد المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق ناطقة "
        "الأمين أمين الأمينة المبعوث المبعوثة مبعوث مبعوثة الموفد الموفدة موفد الممثل الممثلة ممثل ممثلة المنسق المنسقة "
        "منسق منسقة السفير السفيرة سفير سفيرة قائد قائدة القائد زعيم الزعيم القيادي قيادي المسؤول المسؤولة مسؤول مسؤولة "
        "الملك الملكة ملك ملكة العاهل عاهل الأمير الأميرة ولي السلطان سلطان الشيخ الشيخة البابا الحاخام المشير "
        "الفريق اللواء العميد العقيد "
        "الكولونيل كولونيل الليفتنانت ليفتنانت اللفتنانت لفتنانت الميجور ميجور الكابتن "  # ranks in the English style
        "الجنرال الأدميرال المقدم الرائد النقيب الدكتور الدكتورة دكتور دكتورة الخبير الخبيرة خبير الباحث الباحثة باحث المحلل "
        "المحللة محلل الكاتب الكاتبة الصحفي الصحفية الصحافي الصحافية المراسل المراسلة مراسل مراسلة مراسلنا مراسلتنا "
        "المدير المديرة مدير "
        "مديرة المفوض المفوضة مفوض السيناتور حاكم محافظ عمدة رئيسة عضو عضوة المدعي المدعية القاضي القاضية "
        "المحقق المحققة محقق "
        "نظيره نظيرته نظيرها نظيريه نظرائه المرشح المرشحة مرشح المستشارة الأستاذ الأستاذة البروفيسور أمير "
        "أستاذ أستاذة العماد الملازم والي الوالي والية د "
        "المهندس المهندسة مهندس مهندسة العلامة مدرب مدربة المدرب المدربة الإعلامي الإعلامية النائبان سعادة معالي سماحة الفقيه "
        "الطبيب الطبيبة الصيدلي الصيدلانية "
        "السيد السيدة "  # الوزير الأول، السيد فلان الفلاني،: the formal press's Mr and Mrs
        "كاتب كاتبة "  # كاتب الدولة المكلف بالميزانية فلان: Morocco's secretary of state, a writer
        "مندوب مندوبة المندوب المندوبة "  # مندوب النيابة العامة فلان: a delegate
        "زعيمة الزعيمة قيادية موفدة باحثة خبيرة محللة "  # feminine forms of the titles above
        "خادم "  # خادم الحرمين الشريفين، الملك سلمان: the Saudi king's style
        "مؤسس المؤسس "  # مؤسس الحركة فلان: a founder (not مؤسسة, an institution)
        "زوجة عقيلة قرينة أرملة نجل نجلة شقيق شقيقة"  # a relation of someone named in the role
    )
    | FEMININE_KIN
    | MASCULINE_KIN
)  # … or of someone named before (كما تحدثت ابنتهما الصغرى فلانة)
# Nouns of places and institutions: part of a role (المتحدث باسم وزارة الدفاع…), never a name.
INSTITUTIONS = word_keys(
    "وزارة مجلس قوات هيئة جهاز حكومة شركة قطاع برنامج منظمة وكالة لجنة حركة حزب جماعة جيش إدارة مكتب بعثة "
    "بلدية مقاطعة صندوق بنك مصرف رئاسة دائرة مؤسسة مركز معهد جامعة صحيفة قناة موقع دولة مدينة ولاية منطقة محافظة إقليم جزيرة "
    "بحر نهر مطار ميناء معبر مخيم حي شارع ساحة قصر مبنى سد جبل بلدة قرية وفد جلسة اجتماع قمة مؤتمر محادثات "
    "مفاوضات اتفاق سلطة سلطات تحالف ائتلاف كتلة كتائب ميليشيا فصائل فصيل مصادر مصدر تقارير تقرير أسعار مقر "
    "خارجية دفاع داخلية أمن نادي شبكة مجلة إذاعة تلفزيون منصة قسم جمعية اتحاد نقابة رابطة مديرية شعبة حملة شرطة قيادة محكمة نيابة "
    "جمهورية مملكة إمارة سلطنة حلف عمليات أمانة محلية مجمع منتدى ملتقى "
    "جبهة مديريات بنوك مصارف قوى "  # والقيادي فلان بجبهة نهم: a front; لشؤون مديريات وادي حضرموت: districts
    "مفوضية ديوان سفارة قنصلية غرفة لجان هيئات أكاديمية كلية مستشفى بورصة مصلحة "  # رئيس مفوضية الانتخابات فلان
    "مجموعة "  # رئيس مجموعة البنك الإفريقي للتنمية، فلان: a group of bodies
    "أركان سلاح"  # مساعد رئيس أركان سلاح الجو، العقيد فلان: the staff and the arm are the role's
)
# Words of a role between its title and the name (المتحدث باسم…، المبعوث الخاص…، في كييف).
ROLE_LINKS = word_keys(
    "باسم شؤون الشؤون لشؤون للشؤون وشؤون والشؤون في لدى ملف الخاص الخاصة العام العامة عام عامة الأعلى السابق السابقة الأسبق الحالي الحالية المؤقت "
    "الأممي الأممية الدولي الدولية الإقليمي الأوروبي الأوروبية الأول الأولى الثاني التنفيذي التنفيذية الدائم "
    "الدائمة المساعد لحلف للأمم لوزارة لجيش للجيش والمتحدث أول باسمه باسمها أوروبي أوروبية أممي أممية "
    "دولي دولية عربي عربية غربي غربية كبير رفيع رفيعة بارز بارزة سابق سابقة ركن الركن المتقاعد المتقاعدة "
    "شمال جنوب شرق غرب وسط المنتخب المنتخبة المكلف المكلفة المخلوع المعزول الراحل الراحلة المقبل المقبلة "
    "المعين المعينة المقال المقالة المستقيل المستقيلة "
    "بحري طيار "  # الفريق مهندس بحري فلان، اللواء طيار فلان: a rank's arm of service  # فلان المعين مؤخرا: appointed, not a family name
    "الجديد الجديدة "  # القائد الجديد للمنطقة
    "المنتدب المنتدبة "  # الوزيرة المنتدبة المكلفة بالبيئة: the Maghreb's delegate minister
    "المنتهية ولايته ولايتها قيادته مهامه "  # رئيس الحكومة المنتهية ولايتها فلان: the outgoing head
    "آنذاك حينذاك وقتذاك وقتها حينها حينئذ "  # الرئيس آنذاك فلان: the president of the time
    "حقوق "  # محامية حقوق الإنسان فلانة
    "أعيان وأعيان مشايخ ومشايخ "  # عضو مجلس أعيان ومشايخ ليبيا فلان: notables and sheikhs
    "لكرة"  # رئيس الاتحاد الدولي لكرة القدم فلان
)
# Words that end a name: function words, time words, verbs news puts after a name.
STOP = word_keys(
    "في من على علي عن إلى الى أن إن أنه إنه أنها إنها أنهم إنهم بأن لأن كأن الذي التي الذين اللذين و أو ثم قد "
    "لقد بجانب بجوار برفقة لكن لكنه لكنها لكننا لكنهم لكنني ولكن ولكنه ولكنها ولكننا ولكنهم كان كانت كانا كانتا كانوا يكون تكون هو هي هم هما لا لم لن ما مع ضد حول بعد قبل خلال عند لدى منذ حتى بين عبر أمام "
    "وراء دون غير كل كافة جميع بعض أي هذا هذه ذلك تلك هناك هنا أيضا كذلك فقط نفسه نفسها ذاته ذاتها عام عاما أمس اليوم "
    # predicates (الفريق جاهز: the team, not a general), a plural of a title
    "جاهز جاهزة مستعد مستعدة قادر قادرة ملتزم ملتزمة النواب "
    # what a title is "in" (قال المحافظ في لقاء متلفز، في تصريح، في كلمة), "and others"
    "لقاء مقابلة حديث تصريح تصريحات كلمة خطاب وآخرين وآخرون وغيرهم "
    # a post and a nickname (عين فلان بمنصب، دروكدال المكنى أبو مصعب), where (حيث)
    "منصب منصبي المكنى الملقب المعروف المعروفة حيث "
    "الموجود الموجودة المتواجد المتواجدة "  # present (حذر فلان الموجود في…): no family name
    "منصبه منصبها "  # his post (منذ تولى فلان منصبه)
    "أننا إننا لأننا أنني إنني "  # that we, that I (وأكدت الوزيرة أننا…)
    "تفاصيل المذاع المذاعة "  # details (لم يوضح الرئيس تفاصيل), broadcast (البرنامج المذاع)
    "آنذاك حينذاك وقتذاك حينها "  # then (رئيس الوزراء آنذاك فلان)
    "ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا "  # ranked (وجاء فلان خامسا; not أولا: باولا)
    "سوف لديك لديكما لديهن كلا المرسلين "  # future سوف; لديك is not ل + ديك (Dick); كلا من (each of)
    "الساعة "  # في تمام الساعة العاشرة: the hour, not a family name
    "به بها بهم "  # with it (يتوقع فوز الرئيسة فلانة بها): a preposition and its pronoun
    "بوضوح بشدة بقوة "  # clearly, strongly (وأكد فلان بوضوح أن): adverbs (not بدوره: Baddoura)
    "وسائل لوسائل بوسائل "  # means, media (صرح لوسائل إعلام): no name
    "اليمين "  # the oath, the right wing (أدى فلان اليمين الدستورية): no family name
    "لمدة لفترة خلاله خلالها مهامه مهامها أصدر أصدرت بفارق "  # for a term, during it, his duties, issued, by
    "سنة سنتين سنوات قرر قررت أمرت قضت رفضت "  # a year (حبس معاوني فلان سنة), a court's verbs
    "دخول خروج وصول حصول "  # entering, leaving, arriving (انتقد القاضي دخول فلان الحكومة)
    "طرف آخر "  # a party, another (لمساعدة طرف آخر)
    "له لها لهم لنا لي صلى أثناء مرارا تكرارا سابقا لاحقا حاليا مؤخرا رسميا شخصيا هاتفيا لدي لدينا لديه لديها لديهم لديكم غدا الآن وفقا وفق بحسب مساء صباح ظهر ليلة يوم الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد حين بينما "
    "إذ إذا لو كما قال قالت يقول تقول أضاف أضافت يضيف أكد أكدت يؤكد أعلن أعلنت يعلن صرح صرحت أوضح أوضحت "
    "أشار أشارت شدد شددت حذر حذرت دعا دعت اعتبر اعتبرت رأى رأت كشف كشفت تابع تابعت لفت لفتت ذكر ذكرت نوه نوهت "
    "أجرى أجرت التقى التقت يلتقي تلتقي استقبل استقبلت بحث بحثت وصل وصلت زار زارت رفع رفعت عقد عقدت "
    "اجتمع اجتمعت ترأس ترأست شارك شاركت أعرب أعربت تستضيف يستضيف تلقى تلقت أرسل أجاب ردا رد "
    "سكان أهالي أبناء "  # المنسق سكان عرفات، وحيا المحافظ أبناء المحافظة: whom he addressed
    "سيد السيد السيدة رجل امرأة جديد الجديد الجديدة للصحفيين للصحافيين للصحفيين الصحفيين صهر نجل شقيق "
    "الصهر النجل الشقيق الشقيقة "  # فلان الشقيق الأصغر لرئيس الوزراء: a relation, no family name
    "بخصوص بحضور وبحضور بمشاركة وبمشاركة بموجب وبموجب "  # regarding, in the presence of, with, under
    "إنما وإنما تحت فوق قبيل بعيد إثر جراء بسبب بهدف بغرض بقصد ماذا لماذا كيف متى أين دائما أبدا غالبا أحيانا عندما حينما كلما عقب فور حيال تجاه بشأن وسط ضمن نحو قرب أحد إحدى أبرز أكبر أهم "
    "قوله قولها قولهم زوجة زوج والد والدة ابتداء اعتبارا أنا نحن أنت هم "
    # what a title's verb takes as its object (أعلن المتحدث … مقتل جنديين، التقى الرئيس … وفدا)
    "مقتل إصابة استهداف تدمير اعتراض إسقاط اغتيال اعتقال إطلاق وصول بدء انتهاء تعيين استقالة رفض قبول "
    "وفدا بيانا اتصالا رسالة عددا قرارا هجوما دعما تقريرا مقترحا مسؤولا مسؤولين مسؤولون أوراق دعوة "
    "مقالا منشورا خطابا "  # كتب فلان مقالا، ألقى فلان خطابا
    "ردود فعل بعدما "  # ردود فعل متباينة (reactions), قال فلان بعدما (after)
    "عدم لعدم بعدم "  # for lack of (رفعها فلان لعدم حضور)
    "بلاده بلادها بلادهم شاب شابة حصل حصلت "  # his country, a young man (فلان شاب خلوق), obtained
    "سبل أسمى "  # ways (تناولت سبل كسر الجمود), highest (رفع الأمين العام أسمى آيات الشكر)
    "عنه عنها عنهم منه منها منهم فيه فيها إليه إليها عليه عليها لديه لديها "  # prepositions with a pronoun
    "مجرد شخص "  # سيف الإسلام مجرد شخص: merely, a person
    "بحسب الأخير الأخيرة عرضا "  # according to, the last, an offer (حسب alone opens حسب النبي)
    "مزاعم ادعاءات اتهامات أنباء شائعات "  # نفى الوزير فلان مزاعم المعارضة: what he denied
    "معه معها معهم فيه فيها فيهم بفضل بريف "  # with him; thanks to (not ب + فضل); in the countryside of
    "حظر منع فرض وقف تعليق إلغاء تمديد تجديد إنهاء تشكيل إنشاء "
    "دعم تأييد ترحيب التزام تمسك حرص استعداد "  # أكد السفير دعم بلاده: what he stressed
    # a level (الأعلى مستوى، رفيع المستوى)
    "مستوى المستوى "
    # a quantity, adverbs of place and succession, the speech participles (وتابع قائلا)
    # the pronoun of an object (متهمين إياه بنقل); what a minister stresses (أكد الوزير ضرورة…)
    "إياه إياها إياهم إياهما ضرورة أهمية "
    "الرغم رغم الأقل عدد قبالة خلفا ليس ليست داخل خارج ظل يد قائلا قائلة مضيفا مضيفة موضحا موضحة مشيرا مشيرة مؤكدا مؤكدة معتبرا لافتا لافتة قائما"
) | {"فإن"}  # فإن keeps its hamza as a key: normalised it is فان, the connector of فان دير لاين
# Verbs news puts right after a subject that is only a title (المبعوثة الجديدة تحتاج،
# الرئيس يريد، نائبه أبدى): present tense in both persons, and the past.
VERBS = word_keys(
    " ".join(
        prefix + stem
        for stem in "ريد حتاج تواصل سعى واصل عتزم رى عتقد توقع جري بحث زور قوم عمل حاول دعو طالب رفض دعم "
        "تهم نفي حذر شدد تحدث صل غادر ترأس شارك ستقبل عقد بدي ملك متلك ستعد تولى شغل عرب ثبت عامل "
        "تعامل ضرب عطي صبح كون تم تعين قود دير قدم خوض واجه ؤيد نفذ شن سيطر هدد تجاهل تبنى وجه "
        "شيد ؤكد لتقي ندد دين علن قيم زف حصل مضي شير".split()  # a headline's present verb after a title: رئيس الحكومة يشيد بجهود
        for prefix in ("ي", "ت", "ن", "سي", "ست", "سن")  # and the future: سيصبح، ستواصل
    )
    + " أبدى أبدت أراد أرادت حاول حاولت واصل واصلت سعى سعت ضرب ضربت اجتاح اجتاحت"
    + " تحدث تحدثت توقع توقعت تولى تولت وجه وجهت أثنى أثنت مجددا مجدداً تم تجاهل تجاهلت فاز فازت"
    + " غادر غادرت"  # فلان رئيس المجلس غادر الفندق: left
    + " أطلق أطلقت"  # الكاردينال فلان أطلق صرخة: launched
    + " استهل استهلت"  # الوزير استهل أعمال الجلسة: opened
    + " تبادل تبادلت تبادلا"  # الوزير تبادل وجهات النظر: exchanged
    + " طالب طالبت حث حثت ناشد ناشدت أبلغ أبلغت"  # وطالب ماركوس الضباط: demanded of, urged
    + " أشاد أشادت أفاد أفادت انتقد انتقدت رحب رحبت ندد نددت نفت نفى وصف وصفت"  # speech verbs that look like
    # names (وأشاد فلان أشاد في كلمة: a repeated verb is no family name)
)
# Number words: no name has one (فلان بثلاثة مقاعد، فلان وأربعة آخرون).
NUMBERS = word_keys(
    "اثنان اثنين اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة سبعة سبع ثمانية تسعة تسع عشرة عشر "
    "عشرين ثلاثين أربعين خمسين مئة مائة مئات آلاف مليون ملايين مليار"
)
# Blessings after a ruler's or the dead's name (حفظه الله، رحمه الله): they end it.
BLESSINGS = word_keys("حفظه حفظها رعاه رعاها رحمه رحمها")
# Months end a name (فلان مايو الماضي), except a family name after a nobiliary particle.
MONTHS = word_keys(
    "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
)
STOP = STOP | VERBS | NUMBERS | BLESSINGS | MONTHS
# Nouns that name a place after a person (مستشفى كمال عدوان، مطار رفيق الحريري،
# جامعة محمد الخامس): the name that follows is the place's, not a person in the news.
PLACE_NOUNS = word_keys(
    "مستشفى مستشفيات مستوصف مركز مطار جامعة كلية شارع طريق مسجد جامع مدرسة ميناء معبر ملعب استاد قاعدة مجمع "
    "جسر حي مدينة ساحة ميدان ضاحية جائزة سجن برج مخيم دوار نفق سد محطة مؤسسة مكتبة حديقة متحف قرية بلدة "
    "عاصفة إعصار محافظة بئر ناحية قضاء منطقة كأس عاصمة"
)
# A place, an institution or a prize named after a ruler or a scholar (مركز الملك عبد العزيز،
# كأس الأمير محمد بن سلمان): the title and name after these words are its name.
NAMED_AFTER_WORDS = (
    "مركز جامعة مطار مستشفى مدينة شارع طريق جسر قاعدة ميناء قصر مسجد جامع مجمع مؤسسة جائزة كأس "
    "ملعب استاد ستاد مكتبة كلية معهد مدرسة صندوق برنامج مبادرة حديقة قاعة"
).split()
NAMED_AFTER = word_keys(" ".join(NAMED_AFTER_WORDS))
# The titles of rulers and scholars such places are named after (الملك، الأمير، الإمام).
RULERS = word_keys("الملك الأمير الشيخ السلطان الإمام")
# What an organisation's quoted name may follow inside a role: its kind (حركة «…»), or a
# preposition (مسؤول الملف في "حزب الله" فلان، المتحدث باسم "أنصار الله" فلان).
QUOTED_NAME_AFTER = INSTITUTIONS | word_keys(
    "في لدى باسم "
    "مراسل مراسلة مذيع مذيعة محرر محررة مدير مديرة مؤسس"  # مراسلة "الجزيرة" فلانة: the outlet is the role's
)
# What a role may name before the person (حاكم منطقة ريازان); دار مساليت، دار الإفتاء: a
# land or a house, though a family name too (إسحاق دار، ناصر حسين دار).
NOT_A_NAME_START = INSTITUTIONS | PLACE_NOUNS | word_keys("دار مهام")  # تسلم الرئيس الجديد مهام عمله: duties


PREPOSITION_HAMZA = frozenset(a + b for a in "بلك" for b in "أإآ")  # an initial hamza after ب، ل، ك
# A role's last word after which only a given name starts a name: a preposition wants
# its object (المبعوث الأممي في بيان له), and an indefinite description is the press's
# anonymous source (مسؤول إيراني رفيع), whom no name follows in apposition.
ROLE_OPEN_ENDS = word_keys("في لدى كبير رفيع رفيعة بارز بارزة")
PATRONYMIC = word_keys("بن بنت ابن")
# Given names written with the article, common in Sudan and the Gulf (الفاتح قرشي، الصادق
# المهدي): after a title or a speech verb and before a plain name word, a name starts.
DEFINITE_GIVEN = word_keys(
    "الفاتح الصادق الهادي المهدي المعتصم الخضر الواثق المنتصر الحافظ الصديق الطاهر "
    "الداه الناني السالك الولي "  # Mauritanian given names (الداه صهيب، السالك ولد…)
    "اليامين "  # Algerian (اليامين زروال)
    "الباجي الحبيب السعيد العيد الوليد الشاذلي التهامي "  # Tunisian and Maghreb given names (الباجي قائد السبسي، الحبيب بورقيبة)
    "الطيب"  # (also "good": only after a cue and before a name word, الوزير الطيب الشرقاوي)
)
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "”": "“", "(": ")"}  # an organisation's name quoted in a role
QUOTE_MARKS = '"«“”»'  # the quotation marks Arabic news uses, opening or closing
FA_INNA = frozenset(("فإن", "فإنه", "فإنها", "فإنهم"))
# A title that follows a name as its own construct (أحمد الطيب شيخ الأزهر): it ends the name.
CONSTRUCT_TITLES = word_keys("شيخ مفتي نقيب عميد")
COMPLEMENTISERS = word_keys("إن أن بأن إنه أنه إنها أنها")
ENVOYS = word_keys(
    "سفير سفيرة السفير السفيرة مبعوث مبعوثة المبعوث المبعوثة ممثل ممثلة المندوب المندوبة مندوب"
)
HOSTS = word_keys("في لدى إلى")  # the country an envoy is posted to follows these
FAMILY_TITLES = word_keys(
    "الأمين البابا القاضي الشيخ"
)  # a title (الأمين العام) or a family name after a given name
# Honorifics that are a title of address, not a role (الأمير فلان: the role follows).
HONORIFICS = word_keys(
    "الأمير الأميرة الشيخ الشيخة السيد السيدة الدكتور الدكتورة دكتور دكتورة الأستاذ الأستاذة المهندس المهندسة العلامة "
    "سعادة معالي سماحة"  # the Gulf's forms of address before a member's or a minister's name
)
# Titles of an elected member, followed by the place or party they sit for (النائب عن
# محافظة البصرة، السيناتور الديمقراطي عن ولاية نيوجيرسي).
REPRESENTATIVES = word_keys(
    "النائب النائبة نائب نائبة السيناتور سيناتور العضو عضو عضوة الديمقراطي الديمقراطية الجمهوري الجمهورية"
)
ABD = word_key("عبد")
ZAIN, ABIDIN = word_key("زين"), word_key("العابدين")
# The first words of given names in الدين (نور الدين، قمر الدين، شمس الدين): the pair is
# one given name, which no single-word list can hold.
DIN_FIRST = word_keys(
    "نور عز قمر بدر صلاح علاء سيف شمس جمال خير محيي محي فخر عماد ضياء بهاء تاج زين كمال شرف "
    "حسام نجم سعد عصام معين ناصر تقي نظام شهاب مجد حسن بحر"
)
DIN = word_key("الدين")
GOD = word_key("الله")  # the second word of a compound given name (ذبيح الله)
# The first words of given names in الله (فتح الله، روح الله، هبة الله، نعمت الله): the pair
# is one given name, though the first word alone is a verb or a noun. (عبد الله is read
# as عبد and the word after it; حزب الله، أنصار الله are no one's name.)
GOD_FIRST = word_keys(
    "فتح نصر فضل حب خير عطا جاد ذبيح سيف رزق فرج حمد روح نعمة نعمت هبة ضيف عوض دفع خلف جار "
    "عطية حسب فيض شكر ولي أمان سعد أمر رحمة رحمت ثناء عناية عنايت حبيب نجيب سميع عزت إنعام "
    "حشمت كرامت عصمت صنع عطاء"
)
NOBILIARY = word_keys("فون دير دي دا دو فان لا")  # لويجي دي مايو، أورسولا فون دير لاين
CONNECTORS = word_keys("بن بنت ابن آل أبو أبي أم ولد ول عبد آيت أيت") | NOBILIARY
CLITICS = ("و", "ف")
PREPOSITIONS = ("ل", "ب")
SPEECH = word_keys(
    "قال قالت أضاف أضافت أكد أكدت صرح صرحت أوضح أوضحت أشار أشارت شدد شددت حذر حذرت اعتبر اعتبرت "
    "كشف كشفت تابع تابعت لفت لفتت ذكر ذكرت يقول تقول وصف وصفت أفاد أفادت "
    "ندد نددت عبر عبرت انتقد انتقدت نوه نوهت "  # ونددت فلانة، رئيسة الكتلة; وعبر فلان، رئيس الفريق، عن: a name and its role
    "برئاسة بحضور بمشاركة "  # برئاسة صقر غباش رئيس المجلس: headed by, in the presence of, a name and its role
    "أعلن أعلنت نفى نفت أعرب أعربت دعا دعت طالب طالبت أشاد أشادت رحب رحبت"  # وأعلن الهادي إدريس، حاكم الإقليم: announced, denied, expressed, called, praised, welcomed
)


SPEECH_FORMS = SPEECH | {c + w for c in CLITICS for w in SPEECH}


RELATIVE_PRONOUNS = word_keys("الذي التي الذين اللذان اللتان اللذين اللتين والذي والتي والذين")


SON_OF = word_keys("ولد ول")  # Mauritanian names: محمد ولد الشيخ، محمد أمين ول داهي
SIDI = word_keys("سيد سيدي")  # …and their compound given names: سيد أحمد، سيدي محمد
# Styles that names carry inside them (محمود سيد آدم، عبد الرحمن شيخ اليافعي، عبد الحكيم حاج
# محمود فقي): after the first word, before another name word, part of the name.
MIDDLE_STYLES = SIDI | word_keys("شيخ حاج")
# Ranks the press writes before a foreign officer's surname alone (الجنرال كوريلا).
FOREIGN_RANKS = word_keys("الجنرال الأدميرال الكولونيل المارشال")
RANKS = word_keys(
    "اللواء العميد العقيد الفريق العماد المشير المقدم الرائد النقيب"
)  # المدير العام اللواء فلان
AMIN_TITLE_NEXT = word_keys(
    "عام العام عامة سر السر الصندوق صندوق عاصمة المظالم "
    "السياسي التنفيذي المساعد الدائم"  # الأمين السياسي لحركة…: an office, not a family name
)

# Where a speaker spoke (في الندوة الصحفية، في كلمته، خلال المؤتمر): a title does not go on
# into it, and a name set off after a role may end before it.
OCCASIONS = word_keys(
    "الندوة ندوة المؤتمر مؤتمر اللقاء لقاء مقابلة المقابلة تصريح تصريحات كلمة كلمته خطاب خطابه "
    "الجلسة جلسة الاجتماع اجتماع حديث حديثه بيان البيان"
)
AT_OCCASION = word_keys("في خلال")
