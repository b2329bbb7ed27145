/// Word lists the synthetic names are composed from. Place words are common
/// road and area names; company words are generic, so a composed name is a
/// plausible one rather than a particular real firm. No list holds a
/// person's name.
enum NameParts {
    /// Who commissions a kind of building: picks the 建设单位.
    enum OwnerKind {
        case education, health, housing, civic, developer, industry
        case cityInvestment, transport, water, parks, waterAffairs, port, energy, logistics, grain, tourism
    }

    /// First half of road and area names.
    static let placeWords = [
        "星湖", "浦滨", "紫金", "凤凰", "锦绣", "明珠", "科创", "和平", "建设", "人民",
        "长江", "淮海", "新城", "滨江", "湖滨", "翠屏", "金桥", "银杏", "香樟", "梧桐",
        "青年", "团结", "振兴", "兴业", "创业", "学府", "文昌", "文华", "华山", "黄河",
        "运河", "太湖", "阳澄", "东吴", "钟山", "龙蟠", "江东", "临江", "望江", "观澜",
        "晨光", "朝阳", "云龙", "高铁", "东方", "南湖", "北湖", "天目", "珠江", "丹凤",
        "双塔", "迎春", "通江", "港城", "富民", "惠民", "民主", "友谊", "金山", "玉兰",
    ]

    /// How a road or area name ends.
    static let placeSuffixes = ["路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "片区", "新城"]

    /// Building types of government-funded 房屋建筑 projects, with who builds them.
    static let publicBuildings: [(String, OwnerKind)] = [
        ("小学改扩建", .education), ("小学新建", .education), ("初级中学新建", .education),
        ("实验学校", .education), ("幼儿园新建", .education), ("高级中学扩建", .education),
        ("职业技术学院实训楼", .education), ("人民医院门诊综合楼", .health), ("中医院病房楼", .health),
        ("妇幼保健院迁建", .health), ("社区卫生服务中心", .health), ("保障性租赁住房", .housing),
        ("安置房", .housing), ("人才公寓", .housing), ("老旧小区改造", .housing),
        ("养老服务中心", .civic), ("体育中心", .civic), ("文化艺术中心", .civic), ("图书馆新馆", .civic),
        ("行政服务中心", .civic), ("邻里中心", .civic), ("标准厂房", .civic),
    ]

    /// Building types of privately funded 房屋建筑 projects.
    static let privateBuildings: [(String, OwnerKind)] = [
        ("住宅小区", .developer), ("住宅小区", .developer), ("商住综合体", .developer),
        ("商业综合体", .developer), ("酒店", .developer), ("写字楼", .developer), ("养老公寓", .developer),
        ("标准厂房", .industry), ("研发中心", .industry), ("数据中心", .industry), ("生产车间", .industry),
    ]

    /// Types of 市政基础设施 projects.
    static let municipalTypes: [(String, OwnerKind)] = [
        ("综合管廊", .cityInvestment), ("道路改造", .transport), ("快速路", .transport),
        ("跨河大桥", .transport), ("桥梁改造", .transport), ("高架", .transport), ("下穿隧道", .transport),
        ("立交改造", .transport), ("道路新建", .transport), ("污水处理厂提标改造", .water),
        ("雨污分流改造", .water), ("给水管网改造", .water), ("排涝泵站", .water),
        ("城市公园", .parks), ("海绵城市改造", .cityInvestment), ("公共停车场", .cityInvestment),
    ]

    /// Types of 其他 projects.
    static let otherTypes: [(String, OwnerKind)] = [
        ("河道整治", .waterAffairs), ("航道整治", .waterAffairs), ("港口码头", .port), ("变电站", .energy),
        ("光伏发电配套", .energy), ("物流园仓储", .logistics), ("农贸市场改造", .cityInvestment),
        ("自来水厂", .water), ("粮食储备库", .grain), ("游客服务中心", .tourism),
    ]

    /// Phases appended to some project names.
    static let phases = ["一期", "二期", "三期", "（一期）", "（二期）"]

    /// Chinese numerals for line, bureau and section numbers.
    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

    /// Words of company names.
    static let companyWords = [
        "华宇", "苏建", "恒通", "宏达", "天成", "锦程", "中盛", "永信", "通达", "华信",
        "兴邦", "鼎盛", "润泰", "博远", "德诚", "和泰", "东升", "龙腾", "卓越", "盛世",
        "嘉禾", "瑞丰", "广厦", "汇通", "宏图", "三友", "长青", "信达", "正和", "金诚",
    ]

    /// Words of developers' names (private owners).
    static let developerWords = ["锦澜", "融景", "宏城", "嘉禾", "恒泰", "新瑞", "悦山", "君澜", "云庭", "湖畔"]

    /// Surnames for the masked 项目负责人 column ("张工" is a form of address, not a name).
    static let surnames = [
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴",
        "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高", "罗",
    ]

    /// Integration providers (集成服务商): name and the city of registration.
    static let providers: [(name: String, city: String)] = [
        ("江苏智建云科技有限公司", "320100"), ("南京筑联信息技术有限公司", "320100"),
        ("苏州慧工数字科技有限公司", "320500"), ("江苏安建智能科技有限公司", "320100"),
        ("无锡数筑物联网科技有限公司", "320200"), ("江苏云筑智联科技有限公司", "320100"),
        ("常州天工智安信息技术有限公司", "320400"), ("南通鼎安智慧工地科技有限公司", "320600"),
        ("江苏建信数科有限公司", "320100"), ("徐州筑安物联科技有限公司", "320300"),
        ("扬州智汇建设科技有限公司", "321000"), ("江苏中科筑安信息科技有限公司", "320500"),
        ("江苏苏建智联信息技术有限公司", "320100"), ("南京金陵智造科技有限公司", "320100"),
        ("盐城慧建通科技有限公司", "320900"), ("泰州安筑云科技有限公司", "321200"),
        ("江苏数智工地科技有限公司", "320200"), ("镇江云安建科技有限公司", "321100"),
        ("淮安筑梦智能科技有限公司", "320800"), ("连云港港城智建科技有限公司", "320700"),
    ]
}
