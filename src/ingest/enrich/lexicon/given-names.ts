/**
 * Common given names across cultures (English, Romance, Germanic, Slavic, Arabic, South Asian, East Asian,
 * African). A first token found here is strong evidence that a capitalized sequence names a person. Stored
 * lower-case and diacritic-free; space-separated to keep the file compact.
 */
export const GIVEN_NAMES_TEXT = `
aaron abby abdul abdullah abe abigail abraham ada adam adele adrian adriana agnes ahmad ahmed aidan aileen
aisha al alan alana albert alberto alec alejandro aleksandr aleksei alex alexa alexander alexandra alexandre
alexei alexey alexis alfred alfredo ali alice alicia alina alison alistair allan allen alma alvin amanda amber
amelia amir amit amy ana anatoly anders andre andrea andreas andrei andres andrew andrey andy angel angela
angelina angelo angus anil anita ann anna anne annette annie anthony anton antonio april archie ariel
arnold arthur arturo arun ashley ashok aubrey audrey austin ava avery axel ayesha barack barbara barney
barry bart basil beatrice becky ben benedict benjamin benny bernard bernie bert beth betty beverly bill billy
bjorn blake bob bobby bonnie boris brad bradley brandon brenda brendan brett brian bridget britney brooke bruce
bruno bryan byron caitlin caleb callum calvin cameron camila carl carla carlo carlos carly carmen carol carole
caroline carrie casey catherine cathy cecilia cedric celia chad charles charlie charlotte chelsea cheryl chloe
chris christian christina christine christopher chuck cindy claire clara clarence claudia claudio claude
clayton clement cliff clifford clint clive colin colette connor conor constance cora craig cristina cruz
curtis cynthia cyril dale damian damien dan dana daniel daniela danielle danny daphne dara darius darren dave
david dawn dean debbie deborah declan denis denise dennis derek desmond diana diane diego dimitri dina dmitri
dmitriy dmitry dolores dominic don donald donna doris dorothy doug douglas drew duncan dwayne dwight dylan
earl ed eddie edgar edith edmund edna eduardo edward edwin eileen elaine eleanor elena eli elias elijah elisa
elizabeth ella ellen ellie elliot elliott elsa emil emile emilia emily emma emmanuel enrique eric erica erik
erin ernest ernesto esther ethan eugene eva evan evelyn ewan fabian faith fatima felicity felipe felix
fernando filippo finn fiona florence floyd frances francesca francesco francis francisco franco frank frankie
franz fred freddie frederick frederik gabriel gabriela gail gareth garry gary gavin gemma gene geoff geoffrey
george georgia gerald gerard gerhard gina giorgio giovanni giuseppe gladys glen glenn gloria gordon grace
graham grant greg gregory greta guido guillermo gustavo guy gwen hal hank hannah hans harold harriet harris
harry harvey hazel heather hector heidi helen helena helmut henri henrik henry herbert herman hilary hillary
holly howard hubert hugh hugo ian igor ilya imran ingrid irene iris isaac isabel isabella isabelle ivan ivy
jack jackie jacob jacqueline jacques jaime jake james jamie jan jane janet janice jared jason javier jay
jean jeanne jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna
joanne jocelyn joe joel johan johann johanna john johnny jon jonathan jordan jorge jose josef joseph josephine
josh joshua joy joyce juan judith judy jules julia julian julie julio june justin kai karen karim karl kate
katherine kathleen kathryn kathy katie katrina kay keir keith kelly ken kenneth kenny kevin khalid
kim kirk kirsty kristen kurt kyle lance larry laura lauren laurence lawrence leah lee leila lena leo leon
leonard leonardo leslie lewis liam lily linda lindsay lindsey lisa liz lloyd logan lois lorenzo lorraine
louis louise luca lucas lucia luciano lucy luis luke lydia lynn madeleine madison maggie malcolm mandy manuel
marc marcel marco marcus margaret margarita margot maria mariana marie marilyn mario marion marisa mark marta
martha martin martina marvin mary mason mateo matt matteo matthew matthias maureen maurice max maxim maxime
maya megan mehmet mel melanie melinda melissa michael michel michele michelle miguel mike mikhail milan miles
milo mira miranda mitch mohamed mohammad mohammed molly monica morgan muhammad murray nadia nancy naomi nat
natalia natalie natasha nathan nathaniel neil nelson niall nicholas nick nicola nicolas nicole nigel nikita
nikolai nina noah noel nora norman oleg olga oliver olivia omar oscar otto owen pablo paddy pamela paolo
pascal pat patricia patrick patty paul paula pauline pedro peggy penelope percy pete peter petra phil philip
philippe phillip phoebe pierre piers polly priscilla priti rachel rafael rahul raj rajesh ralph ramon randy
raphael raul ray raymond rebecca reggie regina reginald rex ricardo richard rick ricky rita rob robert roberta
roberto robin rod rodney roger roland rolf ron ronald ronnie rory rosa rosalind rose rosie ross roy
ruby rudolf rudy rupert russell ruth ryan sabrina sally salman sam samantha sami samir samuel sandra sandy
sanjay sara sarah sasha saul scott sean sebastian serena sergei sergey sergio seth shane shannon sharon shaun
shawn sheila shelley sheryl shirley sian sidney simon simone sofia sonia sophia sophie spencer stacey
stan stanley stefan stefania stella stephanie stephen steve steven stewart stuart sue susan suzanne sven
sylvia tamara tanya ted teresa terence theresa terry thomas tiffany tim timothy tina toby todd tom tommy toni
tony tracey tracy travis trevor troy tyler ulrich ursula val valentina valerie vanessa vera veronica
victor victoria vikram vincent viola violet virginia vivian vladimir volodymyr walker wally walter wanda
warren wayne wendy wesley will william willie wilson winston wolfgang xavier yasmin yuri yusuf yvette
yvonne zach zachary zoe
abdel abu ahmet ali akbar amina anwar asif aziz bashar farid farouk farah faisal hamid hassan
hussein ibrahim ismail jamal karim khaled khalil mahmoud mansour marwan mustafa nabil nasser nour omar osama
rashid salah salim samira tariq walid yasser youssef zainab ziad recep emine kemal ahmadi mehdi reza hossein
 arvind deepak indira narendra rahul sonia amitabh priya rishi sunil vijay shah nawaz benazir
imran najib anwar jokowi ferdinand rodrigo ngozi cyril jacob thabo nelson kwame olusegun muhammadu bola uhuru
william abiy paul yoweri robert emmerson
xi hu wen li wang zhang liu chen yang zhao huang zhou wu jun wei ming hong mei ying jing lin hui yan yu
shinzo fumio yoshihide junichiro naoto taro hiroshi takeshi kenji akira yuki haruki
moon park kim yoon jae ho hyun min sung jin young
vladimir volodymyr dmitry mikhail sergei sergey oleksandr oleksiy olena yulia vitali vitaliy petro
viktor yevgeny yevgeniy alexei alexey andriy denys kyrylo arseniy yuriy taras bohdan ruslan nikolay pavel
ivan igor yaroslav svetlana tatiana lyudmila irina natalya ekaterina anastasia marina vasily boris gennady
nursultan kassym alexander lech donald andrzej mateusz viktor janez aleksandar slobodan milos zoran vojislav
emmanuel francois jean-luc jean-marie jean-pierre marine nicolas gerald gerard edouard bruno segolene
angela olaf frank-walter helmut gerhard annalena friedrich markus ursula christine horst sahra
giorgia matteo silvio giuseppe mario enrico romano sergio paolo luigi beppe
pedro mariano jose-luis felipe santiago pablo alberto
justin stephen pierre brian jean-chretien
joe kamala donald mike nancy chuck mitch bernie hillary barack michelle rudy rudolph ron gavin pete
`;
