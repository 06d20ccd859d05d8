// Name pools for needles, written for this project. They share no name with the prose haystack's pools, so a
// needle's person or place never also turns up in the surrounding text (checked by needle-names.test.ts).

const list = (text: string): readonly string[] => text.trim().split(/\s+/u);

/** Given names for nonliteral answers and two-hop key holders: short, distinctive, from many regions. */
export const NEEDLE_FIRST_NAMES = list(`
  Yuki Kofi Amara Tariq Saanvi Bongani Mei Oluwaseun Aroha Kenji Thandiwe Dariush Leilani Emeka Nasrin Haruto
  Ayelen Chidi Priya Ravi Soraya Anahi Citlali Itzel Xochitl Mateus Bashir Farida Jomo Zanele Nkechi Wanjiru
  Abebe Selam Mekdes Dilnoza Timur Aigerim Bolat Nurlan Gulnara Taras Ilkka Aino Eero Saoirse Caoimhe Eilidh
  Kalani Manaia Tavita Sione Akosua Kwame Adwoa Siddharth Ananya Kavya Rohan Ishaan Meera Arjun Nandini Daichi
  Linh Thao Quang Bayani Mayumi Hiroshi Ayaka Sakura Farhan Rania Youssef Idris Samira Zainab Halima Amadou
  Fatou Moussa Ousmane Aminata Koray Elif Emre Zeynep Burak Defne Tupaq Inti Kusi Yaretzi Nayeli Tenoch
  Keanu Mahina Noelani Tjarra Jalen Oyelaran Sefa Ebru Cengiz Dagny Sigrun Hallgrim Ragna Tiiu Mihkel Rasa
`);

export const NEEDLE_SURNAMES = list(`
  Araya Okonkwo Nakamura Haddad Mensah Kowalczyk Lindqvist Tshabalala Quispe Mamani Huanca Villca Achterberg
  Nyberg Varga Horvath Kapoor Iyer Banerjee Castellanos Etxeberria Goikoetxea Urquidi Zubiri Makoni Moyo Dlamini
  Bakshi Sato Takahashi Watanabe Tran Nguyen Pham Kaya Demir Aydin Yilmaz Salonen Virtanen Korhonen Kallas Tamm
  Ozols Kalnins Petrauskas Novak Dvorak Horak Szabo Farkas Molnar Popescu Ionescu Dumitru Georgiou Papadakis
  Andreou Abiodun Adeyemi Balogun Chukwu Nwosu Osei Boateng Asante Owusu Kariuki Mwangi Otieno Njoroge Wekesa
  Rahimi Karimi Hosseini Tehrani Saleh Nasser Khoury Bakr Oyama Fujita Lungu Banda Phiri Tembo Sithole
  Quiroga Ancasi Condori Tupa Yupanqui Kealoha Akana Mahoe Rangi Tawhiri Ngata Halvorsen Bjarnason Eriksdottir
`);

/**
 * Syllables for invented proper names (places, buildings, counterfactual values). Unusual clusters (zv, qu, -rroch)
 * keep the names off any real map and out of the haystack's vocabulary.
 */
export const NAME_STARTS = list(`
  Br Qu Zav Tor Vel Kesh Ith Mor Yl Dra Fen Ost Ul Ghar Sor Nex Zv Thal Crem Ov Jask Pryn Skel Wul Hov Tesk
  Vorn Ebr Ixt Lusk Marr Quen Rav Strel Tyv Umbr Zor Bask Chev Dusk Gref Kalv
`);
export const NAME_VOWELS = list(`a e i o u ae io ou ai ei`);
export const NAME_ENDS = list(`
  ndrel thor vane mir quist llan zek rroch venna drix lune sk mbar thwyn rrick zanth lisk vold quor nnet brak
  stovy rrin wendt ghast nira holm vex drun skaya
`);
