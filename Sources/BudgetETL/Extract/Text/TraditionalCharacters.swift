/// Pages that a mirror site re-rendered in traditional characters (財政撥款, 項目, 合計) carry
/// the same tables as their simplified originals, but every word the reader knows (项目, 合计,
/// 单位：万元, 预算) is missed. A document written mostly in traditional characters is read in
/// simplified ones, character by character; values and layout are untouched. Characters that
/// are also ordinary simplified ones (乾, 著, 沈) are left as they are. The Japanese forms of
/// characters (単, 総, 黒, 広 — a Japanese-language mirror's copy of a Chinese table) count as
/// traditional ones: no simplified text uses them either.
enum TraditionalCharacters {
    /// The simplified lines, or the lines unchanged when the document is not in traditional
    /// characters (fewer than `Thresholds.traditionalCharactersMinimum` of them, or under
    /// 1/`Thresholds.traditionalCharactersShare` of its Chinese characters).
    static func simplified(_ lines: [String]) -> [String] {
        var chinese = 0, traditional = 0
        // Counted over every document's bytes, so without decoding the scalars below U+3400
        // (led by bytes under 0xE3) or looking up a dictionary per character.
        // The table read once for the document (was a lazy global's check per character).
        traditionalInBasicPlane.withUnsafeBufferPointer { basicPlane in
            for line in lines {
                UTF8Text.withBytes(line) { b in
                    var i = 0
                    while i < b.count {
                        guard b[i] >= 0xE3 else { i += 1; continue }
                        let (value, length) = UTF8Text.scalar(b, at: i)
                        i += length
                        guard value >= 0x3400 else { continue }
                        chinese += 1
                        if value < 0x10000 ? basicPlane[Int(value)] : isTraditional(value) { traditional += 1 }
                    }
                }
            }
        }
        guard traditional >= Thresholds.traditionalCharactersMinimum,
              traditional * Thresholds.traditionalCharactersShare >= chinese else { return lines }
        return lines.map { line in
            var out = String.UnicodeScalarView()
            out.append(contentsOf: line.unicodeScalars.map { map[$0] ?? $0 })
            return String(out)
        }
    }

    private static func isTraditional(_ value: UInt32) -> Bool {
        value < 0x10000 ? traditionalInBasicPlane[Int(value)] : map[Unicode.Scalar(value)!] != nil
    }
    /// Whether a scalar of the basic plane is a key of `map`, by its value.
    private static let traditionalInBasicPlane: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for scalar in map.keys where scalar.value < 0x10000 { table[Int(scalar.value)] = true }
        return table
    }()

    /// Traditional → simplified, pairwise by position.
    static let map: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
        zip(traditionalForms.unicodeScalars, simplifiedForms.unicodeScalars), uniquingKeysWith: { first, _ in first })

    /// The last line: Japanese forms (a Japanese-language copy of a Chinese table: 単位, 総計, 経費, 収入).
    static let traditionalForms =
        "萬與專業叢東絲兩嚴喪個豐臨為麗舉義烏樂喬習鄉書買亂爭於虧雲亞產畝親億僅從侖倉儀們價眾優夥會傘偉傳傷倫偽體餘傭僉俠侶僥偵側" +
        "僑儈儕儂俁係儔儼倆儷儉債傾僂僨償儻儐儲儺兒兌黨蘭關興茲養獸內岡冊寫軍農馮沖決況凍淨涼減湊凜幾鳳憑凱擊鑿芻劃劉則剛創刪別剎" +
        "劊劌剴劑剮劍剝劇勸辦務勱動勵勁勞勢勳勻匭匱區醫華協單賣盧衛卻廠廳歷厲壓厭厙廁廂厴廈廚廄廝縣參雙發變敘疊葉號嘆嘰籲後嚇呂嗎" +
        "噸聽啟吳嘸囈嘔嚦唄員咼嗆嗚詠嚨嚀響啞噠嘵嗶噦嘩噲嚌噥喲嘮嗩喚嘖嗇囀齧嘯噴嘍嚳囁噯嚶囑嚕囂團園圍圖圓聖壙場壞塊堅壇壢壩塢墳" +
        "墜壟壚壘墾堊墊塤壎墮壪牆壯聲殼壺處備復夠頭誇夾奪奩奐奮獎奧妝婦媽嫵嫗姍姦婁婭嬈嬌孌娛媧嫻嫿嬰嬋嬸媼嬡嬪嬙孫學孿寧寶實寵審" +
        "憲宮寬賓寢對尋導壽將爾塵嘗堯盡層屬屢屨嶼歲豈嶇崗峴嵐島嶺崠崍巋嶧峽嶠崢嶗崳嶄巖巔鞏幣帥師幃帳簾幟帶幀幫幬幘幗冪莊慶廬廡庫" +
        "應廟龐廢開異棄張彌彎彈強歸當錄彙彥徹徑徠憶懺憂愾懷態慫憮慪悵愴憐總懟懌戀懇惡慟懨愷惻惱惲悅懸慳憫驚懼慘懲憊愜慚憚慣慍憤憒" +
        "願懾懣懶懍戇戔戲戧戰戩戶紮撲執擴捫掃揚擾撫拋摶摳掄搶護報擔擬攏揀擁攔擰撥擇掛摯攣撾撻挾撓擋撟掙擠揮撏撈損撿換搗據擄摑擲撣" +
        "摻摜攬搵撳攙擱摟攪攜攝攄擺搖擯攤攖撐攆擷擼攛擻攢敵斂數齋斕鬥斬斷無舊時曠暘曇晝曨顯晉曬曉曄暈暉暫曖術樸機殺雜權條來楊榪傑" +
        "極構樅樞棗櫪梘棖槍楓梟櫃檸檉梔柵標棧櫛櫳棟櫨櫟欄樹棲樣欒椏橈楨檔榿橋樺檜槳樁夢檢欞槨櫝槧槓櫓欖櫬櫚櫸檟檻櫧橫檣櫻櫫櫥櫺歡" +
        "歐殲殤殘殞殮殫殯毆毀轂畢斃氈毿氣氫氬氳漢湯洶溝沒灃漚瀝淪滄滬濘淚澩瀧瀘濼瀉潑澤涇潔灑窪浹淺漿澆湞濁測澮濟瀏渾滸濃潯濤澇淶" +
        "漣渦渙滌潤澗漲澀澱淵漬瀆漸澠漁瀋滲溫遊灣濕潰濺漵滎滿瀅濾濫灤濱灘澦瀠瀟瀲濰潛瀦瀾灕瀨瀕灝滅燈靈災燦煬爐燉煒熗點煉熾爍爛烴" +
        "燭煙煩燒燁燴燙燼熱煥燜燾煆愛爺牘犛牽犧犢狀獷獁猶狽獮獰獨狹獅獪猙獄猻獫獵獼玀豬貓蝟獻獺璣瑪瑋環現璽瑲琿璉瑣瓊瑤瓏璦甌電畫" +
        "暢疇癤療瘧癘瘍瘡瘋癰痙癢瘂癆瘓癇癉瘞瘺癟癱癮癭癩癲皚皺盞鹽監蓋盜盤瞘眥矚睜睞瞼瞞矯磯礬礦碭碼磚硨硯碸礪礱礫礎硜碩硤磽確鹼" +
        "礙磧磣禮禕禰禍禎祿禪離禿稈種積稱穢穠穩穀穌窮竊竅窯竄窩窺竇豎競筆筍筧箋籠籩築篳篩箏籌簽簡籃籬籮糴類秈糶糲粵糞糧糝餱緊縶糾" +
        "紀紂約紅紆紇紈紉紋納紐紓純紕紗紙級紛紜紡紖細紱紲紳紹紺終絃組絆經結絝絞絡絢給絨統絹綁綏繼續綜綠綢綣維綿綸綻緒編緣緩練緯緻" +
        "縫縮績繃繞繡繪繩繳纖罰罵罷羅羆羈羥翹耬聳恥聶聾職聹聯聵聰肅腸膚腎腫脹脅膽勝朧腖臚脛膠脈膾髒臍腦膿臠腳脫腡臉臘醃膩騰臏輿艦" +
        "艙艫艱豔藝節薌蕪蘆蓯葦藶莧萇蒼苧蘋範莖蘢蔦塋煢薦薘莢蕘蓽蕎薈薺蕩榮葷犖熒蕁藎蓀蔭蕒葒葤藥蒞萊蓮蒔萵薟獲瑩鶯蓴蘿螢營縈蕭薩" +
        "蔥蕆蕢蔣蔞藍薊蘺蕷鎣驀薔蘞藺藹蘄蘊藪蘚虜慮蟲虯蝦雖蝸蠔蝕蟻螞蠶蠣蟶蠱蠻蟄蛺蟯螄蠐蛻蠟蠅蟈蟬蠍螻蠑蟎釁銜補襯袞襖嫋褘襪襲襏" +
        "裝襠褌褳襝褲襇褸襤見觀規覓視覘覽覺覬覡覿覦覯覲覷觴觸觶訁計訂訃認譏訐訌討讓訕訖訓議訊記講諱謳詎訝訥許訛論訟諷設訪訣證詁訶" +
        "評詛識詐訴診詆謅詞詘詔譯詒誆誄試詿詩詰詼誠誅話誕詬詮詭詢詣諍該詳詫諢詡誡誣語誚誤誥誘誨誑說誦誒請諸諏諾讀諑誹課諉諛誰諗調" +
        "諂諒諄誶談誼謀諶諜謊諫諧謔謁謂諤諭諼讒諮諳諺諦謎諞謨讜謝謠謗謙謐謹謾謫譾謬譚譖譙讕譜譎讞譴譫讖貝貞負貢財責賢敗賬貨質販貪" +
        "貧貶購貯貫貳賤賁貰貼貴貺貸貿費賀貽賊贄賈賄貲賃賂贓資賅贐賕賑賚賒賦賭齎贖賞賜賡賠賧賴贅賻賺賽贈贊贇贍贏贛趙趕趨躉躍蹌跡踐" +
        "躊蹤蹺躂躚躑躡躥躪軀車軋軌軒軔轉軛輪軟轟軲軻轤軸軹軼軫轢輅較輊載輕輒輔輛輦輩輝輥輞輟輜輸轄輾轆轅轎轍轔辭辯邊遼達遷過邁運" +
        "還這進遠違連遲邇逕適選遜遞邐邏遺遙鄧鄺鄔郵鄒鄴鄰鬱郟鄶鄭鄆酈鄖鄲醞醱醬釅釃釀釋裏鑒鑾鏨釓釔針釘釗釙釕釷釧釤釩釣鍆釹鈣鈦鉅" +
        "鈍鈔鍾鈉鋇鋼鈑鈐鈕鈀鈺錢鉗鉀鈾鉑鈴鉛鉚鈰鉉鉍鈮鈹鐸銬銠鉺銪鋁銱銚鐺銅鋌鏵銖銑鋮銨鑄銷鎖鋤鍋鏽銼鋒鋅銳銻錯錨錫錮鑼錘錐錦鍵" +
        "鋸錳錶鎂鎮鏡鏈鐘鏟鐵鑽長門閂閃閉問闖閏閑閒間閔悶閘鬧閨聞閩閭閥閣閤閡閫閬閱閻闊闕闌闡闢隊陽陰陣階際陸隴陳陘陝隉隕險隨隱隸" +
        "雋難雛讎靂霧霽靄靚靜靨韃韁韋韌韓韙韜韻頁頂頃項順須頊頑顧頓頎頒頌頏預顱領頗頸頡頰頜潁頦頻頹頷穎顆題顏額顎顓顫顳顴風颳颱颶" +
        "飄飆飛飢飩飪飫飭飯飲飴餞飽飾餃餅餌餉餓餒餚館餛餡餵餿饅饃饋饑饒饗饜饞馬馭馳馴駁驢駐駛駒駕駟駱驗騎騙騷驅驕驟驥骯髏髖鬆鬍鬚" +
        "魚魯鮮鯨鱗鳥鳴鴉鴨鴻鵝鵬鶴鷹鹵鹹麥黃黌黴齊齒齡龍龔龜樓銀鎊衝臺檯髮製準隻幹穫誌註嶽週醜雞鵡麼淒盃祕佈佔併甦託捨牠纔麪麵嚮" +
        "迴剋裡峯羣綫衆啓喫敍蹟鉤銹線崙傢彆厰捲氾汙纍縂燬燻犠痲癒睏筦箇粧絶綳繮罈覈謡譔賸踴躭遯鍊鏇閧闆闔韆頽餈駡鯗鼴國稅採網廣産" +
        "徵並樑屆曆鋪舖匯滙僱蘇甯蔘葯衹祇織廎搆糰攷鐫儘嚐衊讚竪邨姪綑嬝獃叡濬凓" +
        "単総黒竜広県収営経済歳図対発価険労検実関転伝売拡満増"

    static let simplifiedForms =
        "万与专业丛东丝两严丧个丰临为丽举义乌乐乔习乡书买乱争于亏云亚产亩亲亿仅从仑仓仪们价众优伙会伞伟传伤伦伪体余佣佥侠侣侥侦侧" +
        "侨侩侪侬俣系俦俨俩俪俭债倾偻偾偿傥傧储傩儿兑党兰关兴兹养兽内冈册写军农冯冲决况冻净凉减凑凛几凤凭凯击凿刍划刘则刚创删别刹" +
        "刽刿剀剂剐剑剥剧劝办务劢动励劲劳势勋匀匦匮区医华协单卖卢卫却厂厅历厉压厌厍厕厢厣厦厨厩厮县参双发变叙叠叶号叹叽吁后吓吕吗" +
        "吨听启吴呒呓呕呖呗员呙呛呜咏咙咛响哑哒哓哔哕哗哙哜哝哟唠唢唤啧啬啭啮啸喷喽喾嗫嗳嘤嘱噜嚣团园围图圆圣圹场坏块坚坛坜坝坞坟" +
        "坠垄垆垒垦垩垫埙埙堕塆墙壮声壳壶处备复够头夸夹夺奁奂奋奖奥妆妇妈妩妪姗奸娄娅娆娇娈娱娲娴婳婴婵婶媪嫒嫔嫱孙学孪宁宝实宠审" +
        "宪宫宽宾寝对寻导寿将尔尘尝尧尽层属屡屦屿岁岂岖岗岘岚岛岭岽崃岿峄峡峤峥崂嵛崭岩巅巩币帅师帏帐帘帜带帧帮帱帻帼幂庄庆庐庑库" +
        "应庙庞废开异弃张弥弯弹强归当录汇彦彻径徕忆忏忧忾怀态怂怃怄怅怆怜总怼怿恋恳恶恸恹恺恻恼恽悦悬悭悯惊惧惨惩惫惬惭惮惯愠愤愦" +
        "愿慑懑懒懔戆戋戏戗战戬户扎扑执扩扪扫扬扰抚抛抟抠抡抢护报担拟拢拣拥拦拧拨择挂挚挛挝挞挟挠挡挢挣挤挥挦捞损捡换捣据掳掴掷掸" +
        "掺掼揽揾揿搀搁搂搅携摄摅摆摇摈摊撄撑撵撷撸撺擞攒敌敛数斋斓斗斩断无旧时旷旸昙昼昽显晋晒晓晔晕晖暂暧术朴机杀杂权条来杨杩杰" +
        "极构枞枢枣枥枧枨枪枫枭柜柠柽栀栅标栈栉栊栋栌栎栏树栖样栾桠桡桢档桤桥桦桧桨桩梦检棂椁椟椠杠橹榄榇榈榉槚槛槠横樯樱橥橱棂欢" +
        "欧歼殇残殒殓殚殡殴毁毂毕毙毡毵气氢氩氲汉汤汹沟没沣沤沥沦沧沪泞泪泶泷泸泺泻泼泽泾洁洒洼浃浅浆浇浈浊测浍济浏浑浒浓浔涛涝涞" +
        "涟涡涣涤润涧涨涩淀渊渍渎渐渑渔沈渗温游湾湿溃溅溆荥满滢滤滥滦滨滩滪潆潇潋潍潜潴澜漓濑濒灏灭灯灵灾灿炀炉炖炜炝点炼炽烁烂烃" +
        "烛烟烦烧烨烩烫烬热焕焖焘煅爱爷牍牦牵牺犊状犷犸犹狈狝狞独狭狮狯狰狱狲猃猎猕猡猪猫猬献獭玑玛玮环现玺玱珲琏琐琼瑶珑瑷瓯电画" +
        "畅畴疖疗疟疠疡疮疯痈痉痒痖痨痪痫瘅瘗瘘瘪瘫瘾瘿癞癫皑皱盏盐监盖盗盘眍眦瞩睁睐睑瞒矫矶矾矿砀码砖砗砚砜砺砻砾础硁硕硖硗确碱" +
        "碍碛碜礼祎祢祸祯禄禅离秃秆种积称秽秾稳谷稣穷窃窍窑窜窝窥窦竖竞笔笋笕笺笼笾筑筚筛筝筹签简篮篱箩籴类籼粜粝粤粪粮糁糇紧絷纠" +
        "纪纣约红纡纥纨纫纹纳纽纾纯纰纱纸级纷纭纺纼细绂绁绅绍绀终弦组绊经结绔绞络绚给绒统绢绑绥继续综绿绸绻维绵纶绽绪编缘缓练纬致" +
        "缝缩绩绷绕绣绘绳缴纤罚骂罢罗罴羁羟翘耧耸耻聂聋职聍联聩聪肃肠肤肾肿胀胁胆胜胧胨胪胫胶脉脍脏脐脑脓脔脚脱脶脸腊腌腻腾膑舆舰" +
        "舱舻艰艳艺节芗芜芦苁苇苈苋苌苍苎苹范茎茏茑茔茕荐荙荚荛荜荞荟荠荡荣荤荦荧荨荩荪荫荬荭荮药莅莱莲莳莴莶获莹莺莼萝萤营萦萧萨" +
        "葱蒇蒉蒋蒌蓝蓟蓠蓣蓥蓦蔷蔹蔺蔼蕲蕴薮藓虏虑虫虬虾虽蜗蚝蚀蚁蚂蚕蛎蛏蛊蛮蛰蛱蛲蛳蛴蜕蜡蝇蝈蝉蝎蝼蝾螨衅衔补衬衮袄袅袆袜袭袯" +
        "装裆裈裢裣裤裥褛褴见观规觅视觇览觉觊觋觌觎觏觐觑觞触觯讠计订讣认讥讦讧讨让讪讫训议讯记讲讳讴讵讶讷许讹论讼讽设访诀证诂诃" +
        "评诅识诈诉诊诋诌词诎诏译诒诓诔试诖诗诘诙诚诛话诞诟诠诡询诣诤该详诧诨诩诫诬语诮误诰诱诲诳说诵诶请诸诹诺读诼诽课诿谀谁谂调" +
        "谄谅谆谇谈谊谋谌谍谎谏谐谑谒谓谔谕谖谗咨谙谚谛谜谝谟谠谢谣谤谦谧谨谩谪谫谬谭谮谯谰谱谲谳谴谵谶贝贞负贡财责贤败账货质贩贪" +
        "贫贬购贮贯贰贱贲贳贴贵贶贷贸费贺贻贼贽贾贿赀赁赂赃资赅赆赇赈赉赊赋赌赍赎赏赐赓赔赕赖赘赙赚赛赠赞赟赡赢赣赵赶趋趸跃跄迹践" +
        "踌踪跷跶跹踯蹑蹿躏躯车轧轨轩轫转轭轮软轰轱轲轳轴轵轶轸轹辂较轾载轻辄辅辆辇辈辉辊辋辍辎输辖辗辘辕轿辙辚辞辩边辽达迁过迈运" +
        "还这进远违连迟迩迳适选逊递逦逻遗遥邓邝邬邮邹邺邻郁郏郐郑郓郦郧郸酝酦酱酽酾酿释里鉴銮錾钆钇针钉钊钋钌钍钏钐钒钓钔钕钙钛钜" +
        "钝钞钟钠钡钢钣钤钮钯钰钱钳钾铀铂铃铅铆铈铉铋铌铍铎铐铑铒铕铝铞铫铛铜铤铧铢铣铖铵铸销锁锄锅锈锉锋锌锐锑错锚锡锢锣锤锥锦键" +
        "锯锰表镁镇镜链钟铲铁钻长门闩闪闭问闯闰闲闲间闵闷闸闹闺闻闽闾阀阁合阂阃阆阅阎阔阙阑阐辟队阳阴阵阶际陆陇陈陉陕陧陨险随隐隶" +
        "隽难雏雠雳雾霁霭靓静靥鞑缰韦韧韩韪韬韵页顶顷项顺须顼顽顾顿颀颁颂颃预颅领颇颈颉颊颌颍颏频颓颔颖颗题颜额颚颛颤颞颧风刮台飓" +
        "飘飙飞饥饨饪饫饬饭饮饴饯饱饰饺饼饵饷饿馁肴馆馄馅喂馊馒馍馈饥饶飨餍馋马驭驰驯驳驴驻驶驹驾驷骆验骑骗骚驱骄骤骥肮髅髋松胡须" +
        "鱼鲁鲜鲸鳞鸟鸣鸦鸭鸿鹅鹏鹤鹰卤咸麦黄黉霉齐齿龄龙龚龟楼银镑冲台台发制准只干获志注岳周丑鸡鹉么凄杯秘布占并苏托舍它才面面向" +
        "回克里峰群线众启吃叙迹钩锈线仑家别厂卷泛污累总毁熏牺麻愈困管个妆绝绷缰坛核谣撰剩踊耽遁炼旋哄板阖千颓糍骂鲞鼹国税采网广产" +
        "征并梁届历铺铺汇汇雇苏宁参药只只织庼构团考镌尽尝蔑赞竖村侄捆袅呆睿浚栗" +
        "单总黑龙广县收营经济岁图对发价险劳检实关转传卖扩满增"
}
