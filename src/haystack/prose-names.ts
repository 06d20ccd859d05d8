// People and place names for the prose generator, written for this project. Towns are built from two parts
// ("Ash" + "combe"), so a few hundred parts give thousands of towns that belong to no real map.

import { words } from "./prose-words.ts";

export const FIRST_NAMES = words(`
  Mara Tomas Elsa Jonah Ada Felix Ida Rupert Clara Hugo Nell Arthur Edith Silas Maud Owen Iris Bram Lydia
  Milo Hattie Caspar Agnes Roland Flora Gideon Mabel Jasper Cora Ambrose Esme Leopold Greta Ansel Wilma
  Otto Rosalind Fenwick Beatrix Cyril Dora Edmund Freya Gilbert Hester Isidore Juno Kit Lavinia Magnus Nora
  Oswin Petra Quentin Rhoda Sebastian Thea Ulric Vera Walter Xenia Yusuf Zelda Alma Basil Celia Declan Eliza
  Florian Gwen Horace Imogen Jude Katrin Lucian Minna Nico Ottilie Percy Ruth Simeon Tilda Victor Winifred
  Abel Bertha Conrad Della Emil Fern Gregor Helena Ivo Joan Konrad Leona Marius Nadia Orla Pascal Rosa
  Stellan Tessa Ugo Valentina Willem Yara Zeno Albert Bridget Cedric Daphne Ellis Fiona Garrett Harriet
  Ignatius Josie Kasimir Louisa Merritt Nolan Odette Philippa Reuben Sabine Theo Una Vaughn Wren Anselm
  Briony Clement Dinah Elias Frieda Godfrey Hilda Isaac June Kenelm Lorna Mortimer Netta Osric Prue Quincy
  Rowena Saul Tabitha Uriah Verity Wallace Aurelia Benedict Cressida Dorian Elspeth Fabian Gertrude Hamish
  Ingrid Jem Kezia Laurence Marguerite Nathaniel Olive Piers Rosamund Stanislav Theodora Umberto Viola
  Wystan Adelaide Barnaby Constance Dmitri Eudora Ferdinand Griselda Humphrey Isolde Jacoba Kristof Lettice
  Malcolm Nerys Oberon Perpetua Radomir Seraphina Thaddeus Ursula Vivian Winslow Agatha Bartholomew Clemency
  Desmond Evangeline Fitz Gabriela Hollis Ines Jago Kestrel Leander Matilda Niall Octavia Peregrine Rafferty
  Solveig Tobias Undine Valentin Wendeline Annika Bruno Cosima Dashiell Eulalia Florence Gustav Honora
  Ivor Josephine Konstantin Lisbeth Moritz Nanette Orrin Pilar Raphael Sunniva Tybalt Vesna Wolfram Ailsa
  Boris Camille Dunstan Emeline Fergus Georgina Halvard Isadora Joachim Karolina Lazlo Mirela Norbert
`);

export const SURNAMES = words(`
  Quill Wren Ashdown Barlow Carrick Dunmore Ellery Fairweather Garside Holloway Ingram Jessop Kettering
  Lamb Marlowe Nettleton Oakes Pennock Quarrie Rainford Sallow Thorne Underhill Vance Whitlock Yardley
  Abernethy Blackwood Colley Dancer Emsworth Fletcher Gorse Hartley Ibbotson Jarrow Kemble Lockhart Merriman
  Northcote Ormsby Pelham Rook Stannard Tavener Upton Voss Wetherby Ackroyd Birch Cobb Draycott Eastwood
  Fenn Gale Hobb Ives Juniper Kell Larkin Mossop Nash Orchard Pike Ravenscroft Sedgwick Tolliver Umber
  Varley Winter Aldous Brightwell Crane Dewhurst Endicott Farrow Greaves Haddon Inchbald Jolliffe Kingsley
  Linton Mayhew Nightingale Osgood Prentice Radley Shawcross Treadwell Ulverston Verity Wainwright Aske
  Bellamy Copeland Denholm Eccles Frome Gilchrist Hask Ilsley Jennet Knowles Lister Marchbank Nuttall
  Ollerton Pickering Redfern Stubbs Thackeray Vipond Woolley Ambler Brackenbury Chisholm Dacre Elstob
  Fothergill Grimsdale Hepworth Isherwood Judd Kirkby Loxley Metcalfe Naylor Oddie Postlethwaite Ridsdale
  Scarth Tunstall Ventress Wharton Appleby Bramwell Cheadle Dobson Ellwood Fawcett Gildersleeve Hebblethwaite
  Iveson Jagger Kitching Lumb Midgley Nettlefold Outhwaite Pogson Roebuck Swithenbank Tattersall Verrill
  Wadsworth Armitage Beckwith Cowling Duckworth Entwistle Firth Greenhalgh Holdsworth Illingworth Jowett
  Keighley Lightfoot Murgatroyd Normanton Ogden Priestley Rushworth Sutcliffe Thwaite Uttley Vickers
  Whiteley Ashworth Binns Crabtree Dyson Edmondson Fairbank Gaukroger Haigh Ingle Jessamy Kershaw Longbottom
  Mallinson Nussey Oldroyd Pickles Rhodes Shackleton Townend Usher Varah Waterhouse Atack Bairstow Clegg
  Dearden Eastham Foulds Gomersall Hainsworth Inman Jubb Kay Laycock Moorhouse Nowell Openshaw Pearson
  Ramsden Scholes Tordoff Underwood Vause Walmsley Aykroyd Brearley Cockcroft Denby Emmott Feather Gledhill
  Hargreaves Ibbetson Jennings Kenworthy Lund Mitchell Naden Overend Pollard Robertshaw Sugden Turton
  Ullathorne Whitaker Ackers Blakey Calvert Dawtry Eltoft Fearnley Garforth Horsfall Ickeringill
  Jowitt Kilburn Leach Mortimer Newbould Oates Petty Riley Smithies Tennant Varney Wilkinson Harrowgate
`);

/** First halves of town names. */
export const TOWN_STARTS = words(`
  Ash Bram Cold Dun Elm Fair Glen Hay Ire Kel Lang Marl Nor Oak Pen Quarr Rye Sal Thorn Ul Vel Wick Yar
  Alder Birch Crow Deep East Fox Gold Hart High Ivy Kings Lark Mill Nether Old Pike Red Stone Tall Under
  West Whit Wind Wolf Amber Black Brook Cran Dray Ely Fern Gar Hol Hurst Lin Mor New Or Pol Ros Sand Shep
  Skel Sto Thrush Upper Wen Wood Bar Bel Car Cas Dal Eg Gil Hal Hen Kes Lox Mal Mel Nan Ot Pel Ren Sel Tam
  Tor Val Wal War Wes Wil Bow Brack Can Chal Clay Cor Dew Ever Fal Gran Hawk Kirk Mere Moss Ox Rook Tey
`);

/** Second halves of town names. */
export const TOWN_ENDS = words(`
  ford wick combe ton bury borough by thorpe ham stead field ley dale moor more mouth port haven well
  bridge cross gate hithe holm hurst mere minster ness pool shaw side stoke stow thwaite water wood worth
  brook caster chester den don fell garth hope ing land low marsh mead minton ridge sey stone vale wold
`);

/** What a region is called after its town: "the Ashcombe Downs". */
export const REGION_WORDS = words(`
  Valley Downs Marshes Hills Fells Moors Levels Flats Heights Reach Hundreds Woods Wolds Vale Dales Fens
`);

export const MONTHS = words(`January February March April May June July August September October November December`);
export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
export const SEASONS = words(`spring summer autumn winter`);
export const DAYPARTS = words(`morning afternoon evening night dawn dusk noon midnight`);
export const COUNTS = words(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty several
`);
export const ORDINALS = words(`first second third fourth fifth sixth seventh eighth ninth tenth last`);
