<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <extracomment>The end of a list of names: &quot;firefox, curl and 9 more&quot;.</extracomment>
        <translation>
            <numerusform>%1 e mais %2</numerusform>
            <numerusform>%1 e mais %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list (&quot;firefox, curl&quot;): the language&apos;s list separator.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list: &quot;firefox, curl and wget&quot; (%1 the others, %2 the last).</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Todo o tráfego</translation>
    </message>
    <message>
        <source>The traffic of %1</source>
        <translation>O tráfego de %1</translation>
    </message>
    <message>
        <source>Favorite host %1 is active</source>
        <translation>O host favorito %1 está ativo</translation>
    </message>
    <message>
        <source>Favorite service %1 is active</source>
        <translation>O serviço favorito %1 está ativo</translation>
    </message>
    <message>
        <source>Favorite program %1 is active</source>
        <translation>O programa favorito %1 está ativo</translation>
    </message>
    <message numerus="yes">
        <source>%1 program(s) used the network for the first time</source>
        <translation>
            <numerusform>%1 programa usou a rede pela primeira vez</numerusform>
            <numerusform>%1 programas usaram a rede pela primeira vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocklisted address(es) contacted</source>
        <translation>
            <numerusform>%1 endereço de lista de bloqueio contatado</numerusform>
            <numerusform>%1 endereços de listas de bloqueio contatados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 traffic rate(s) stayed above their limits</source>
        <translation>
            <numerusform>%1 taxa de tráfego ficou acima do limite</numerusform>
            <numerusform>%1 taxas de tráfego ficaram acima dos limites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 favorite(s) became active</source>
        <translation>
            <numerusform>%1 favorito ficou ativo</numerusform>
            <numerusform>%1 favoritos ficaram ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 data cap(s) exceeded</source>
        <translation>
            <numerusform>%1 limite de dados excedido</numerusform>
            <numerusform>%1 limites de dados excedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 capture problem(s)</source>
        <translation>
            <numerusform>%1 problema na captura</numerusform>
            <numerusform>%1 problemas na captura</numerusform>
        </translation>
    </message>
    <message>
        <source>First connections: %1.</source>
        <translation>Primeiras conexões: %1.</translation>
    </message>
    <message>
        <source>Connections were made to %1, which are on blocklists.</source>
        <translation>Foram feitas conexões com %1, que estão em listas de bloqueio.</translation>
    </message>
    <message>
        <source>Traffic stayed above its limit: %1.</source>
        <translation>O tráfego ficou acima do limite: %1.</translation>
    </message>
    <message>
        <source>Traffic started for %1.</source>
        <translation>Começou o tráfego de %1.</translation>
    </message>
    <message>
        <source>Traffic went over its cap: %1.</source>
        <translation>O tráfego ultrapassou o limite: %1.</translation>
    </message>
    <message>
        <source>The capture had trouble: %1.</source>
        <translation>A captura teve problemas: %1.</translation>
    </message>
    <message>
        <source>%1 used the network for the first time</source>
        <translation>%1 usou a rede pela primeira vez</translation>
    </message>
    <message>
        <source>%1 is on the blocklist %2</source>
        <translation>%1 está na lista de bloqueio %2</translation>
    </message>
    <message>
        <source>%1: above %2 for %3 s</source>
        <extracomment>%1 the program or &quot;All traffic&quot;, %2 a rate (&quot;1.5 MB/s&quot;), %3 seconds.</extracomment>
        <translation>%1: acima de %2 por %3 s</translation>
    </message>
    <message>
        <source>%1: over the daily cap of %2</source>
        <translation>%1: acima do limite diário de %2</translation>
    </message>
    <message>
        <source>%1: over the monthly cap of %2</source>
        <translation>%1: acima do limite mensal de %2</translation>
    </message>
    <message>
        <source>The adapter went away</source>
        <translation>O adaptador desapareceu</translation>
    </message>
    <message>
        <source>The capture stopped with an error</source>
        <translation>A captura parou por causa de um erro</translation>
    </message>
    <message>
        <source>Capture is dropping %1 of frames</source>
        <translation>A captura está perdendo %1 dos quadros</translation>
    </message>
    <message>
        <source>%1 made its first connection.</source>
        <translation>%1 fez sua primeira conexão.</translation>
    </message>
    <message>
        <source>%1 made its first connection (user %2).</source>
        <translation>%1 fez sua primeira conexão (usuário %2).</translation>
    </message>
    <message>
        <source>A connection was made to %1, listed in %2 as %3 (line %4).</source>
        <extracomment>%1 the address, %2 the list, %3 the listed network, %4 the list&apos;s line.</extracomment>
        <translation>Foi feita uma conexão com %1, que consta em %2 como %3 (linha %4).</translation>
    </message>
    <message>
        <source>%5 connected to %1, listed in %2 as %3 (line %4).</source>
        <translation>%5 se conectou a %1, que consta em %2 como %3 (linha %4).</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2.</source>
        <translation>Começou o tráfego: %1 via %2.</translation>
    </message>
    <message>
        <source>Traffic started: %1 over %2 by %3.</source>
        <translation>Começou o tráfego: %3 com %1 via %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed above %2 for %3 second(s).</source>
        <translation>
            <numerusform>%1 ficou acima de %2 por %3 segundo.</numerusform>
            <numerusform>%1 ficou acima de %2 por %3 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reached %2 today, over the cap of %3.</source>
        <translation>%1 chegou a %2 hoje, acima do limite de %3.</translation>
    </message>
    <message>
        <source>%1 reached %2 this month, over the cap of %3.</source>
        <translation>%1 chegou a %2 este mês, acima do limite de %3.</translation>
    </message>
    <message>
        <source>%1 of %2 frames were lost in the last %3 s; the machine or Flowscope cannot keep up. Narrow the capture with a filter or close other busy programs.</source>
        <translation>%1 de %2 quadros foram perdidos nos últimos %3 s; o computador ou o Flowscope não consegue acompanhar. Restrinja a captura com um filtro ou feche outros programas que estejam consumindo muitos recursos.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Flowscope could not create the folder %1, so it will not start on login; check that you may write there and try again.</source>
        <translation>O Flowscope não conseguiu criar a pasta %1 e, por isso, não será iniciado ao entrar na sessão; verifique se você tem permissão de gravação nela e tente novamente.</translation>
    </message>
    <message>
        <source>Flowscope could not write %1 (%2), so it will not start on login; check that you may write to %3 and try again.</source>
        <translation>O Flowscope não conseguiu gravar %1 (%2) e, por isso, não será iniciado ao entrar na sessão; verifique se você tem permissão de gravação em %3 e tente novamente.</translation>
    </message>
    <message>
        <source>Flowscope could not remove %1 (%2), so it will still start on login; check that you may write to %3 and try again.</source>
        <translation>O Flowscope não conseguiu remover %1 (%2) e, por isso, continuará sendo iniciado ao entrar na sessão; verifique se você tem permissão de gravação em %3 e tente novamente.</translation>
    </message>
    <message>
        <source>Flowscope could not write the registry value %1, so it will not start on login; check that your account may change it and try again.</source>
        <translation>O Flowscope não conseguiu gravar o valor de registro %1 e, por isso, não será iniciado ao entrar na sessão; verifique se sua conta tem permissão para alterá-lo e tente novamente.</translation>
    </message>
    <message>
        <source>Flowscope could not remove the registry value %1, so it will still start on login; check that your account may change it and try again.</source>
        <translation>O Flowscope não conseguiu remover o valor de registro %1 e, por isso, continuará sendo iniciado ao entrar na sessão; verifique se sua conta tem permissão para alterá-lo e tente novamente.</translation>
    </message>
</context>
<context>
    <name>CaptureMessages</name>
    <message>
        <source>Permission denied: Flowscope may not read %1. Give your user read permission on the file, or copy it to one of your folders, and open it again.</source>
        <translation>Permissão negada: o Flowscope não pode ler %1. Dê ao seu usuário permissão de leitura no arquivo, ou copie-o para uma das suas pastas, e abra-o novamente.</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;. Pick one of the adapters listed on the Start page.</source>
        <translation>Não há nenhum adaptador de rede chamado “%1”. Escolha um dos adaptadores listados na página Início.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing. Reconnect it and start again, or pick another adapter on the Start page; what was captured stays shown.</source>
        <translation>O adaptador de rede %1 foi desativado ou desapareceu durante a captura. Reconecte-o e comece de novo, ou escolha outro adaptador na página Início; o que já foi capturado continua sendo exibido.</translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one on the Start page.</source>
        <translation>Nenhum adaptador de rede foi escolhido; escolha um na página Início.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Não é possível abrir %1.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <source>Close Flowscope</source>
        <translation>Fechar o Flowscope</translation>
    </message>
    <message>
        <source>Keep monitoring in the system tray?</source>
        <translation>Continuar monitorando na bandeja do sistema?</translation>
    </message>
    <message>
        <source>Flowscope can keep capturing and notifying you with the window closed; its tray icon brings the window back. Or quit and stop monitoring.</source>
        <translation>O Flowscope pode continuar capturando e notificando você com a janela fechada; o ícone na bandeja traz a janela de volta. Ou saia e pare o monitoramento.</translation>
    </message>
    <message>
        <source>Keep in Tray</source>
        <translation>Manter na bandeja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Do not ask again (change it in Settings)</source>
        <translation>Não perguntar novamente (altere isso nas Configurações)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Flowscope could not list the network adapters (libpcap: %1); check that the system&apos;s network stack is working and try again.</source>
        <translation>O Flowscope não conseguiu listar os adaptadores de rede (libpcap: %1); verifique se a pilha de rede do sistema está funcionando e tente novamente.</translation>
    </message>
    <message>
        <source>libpcap could not prepare a filter compiler (out of memory?); try again or restart Flowscope.</source>
        <translation>A libpcap não conseguiu preparar um compilador de filtros (falta de memória?); tente novamente ou reinicie o Flowscope.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; is invalid: %2; correct it (%3).</source>
        <translation>O filtro de captura “%1” é inválido: %2; corrija-o (%3).</translation>
    </message>
    <message>
        <source>see `man pcap-filter`</source>
        <translation>veja `man pcap-filter`</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a cota de disco se esgotou</translation>
    </message>
    <message>
        <source>the file reached the largest size allowed</source>
        <translation>o arquivo atingiu o tamanho máximo permitido</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>o disco informou um erro</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to write %1 (%2); choose a folder you can write to.</source>
        <translation>O Flowscope não tem permissão para gravar %1 (%2); escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the pcap file to write, e.g. %2.</source>
        <translation>%1 é uma pasta; informe o nome do arquivo pcap a ser gravado, por exemplo, %2.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; create it or choose another location.</source>
        <translation>A pasta de %1 não existe; crie-a ou escolha outro local.</translation>
    </message>
    <message>
        <source>Flowscope cannot create %1 (%2); choose another location.</source>
        <translation>O Flowscope não consegue criar %1 (%2); escolha outro local.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); the file holds those frames and stays readable, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>A gravação de %1 parou após %2 quadros porque %3 (%4); o arquivo contém esses quadros e continua legível, e a captura continua sem salvar: libere espaço ou escolha outro local.</translation>
    </message>
    <message>
        <source>Writing %1 stopped after %2 frames because %3 (%4); its last frame may be cut short, and the capture goes on without saving: free some space or choose another location.</source>
        <translation>A gravação de %1 parou após %2 quadros porque %3 (%4); o último quadro pode ter ficado cortado, e a captura continua sem salvar: libere espaço ou escolha outro local.</translation>
    </message>
    <message>
        <source>Flowscope cannot write %1 because %2 (%3); free some space or choose another location.</source>
        <translation>O Flowscope não consegue gravar %1 porque %2 (%3); libere espaço ou escolha outro local.</translation>
    </message>
    <message>
        <source>Writing %1 failed when the file was closed (%2); the disk may not hold all of it, check it or choose another location.</source>
        <translation>A gravação de %1 falhou ao fechar o arquivo (%2); talvez ele não tenha sido gravado inteiro no disco: verifique-o ou escolha outro local.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in the middle of %2 (byte offset %3): the file was cut short, and the %4 complete packet(s) before it was/were read.</source>
        <extracomment>%2 is &quot;packet N&quot; or &quot;block N&quot;; %4 is the count of complete packets.</extracomment>
        <translation>
            <numerusform>%1 termina no meio do %2 (byte %3): o arquivo está cortado, e %4 pacote completo anterior a ele foi lido.</numerusform>
            <numerusform>%1 termina no meio do %2 (byte %3): o arquivo está cortado, e os %4 pacotes completos anteriores a ele foram lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 failed at byte offset %2 (%3); check the disk or copy the file to a local drive.</source>
        <translation>A leitura de %1 falhou no byte %2 (%3); verifique o disco ou copie o arquivo para uma unidade local.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no packets; choose a capture file saved by Wireshark, tcpdump or Flowscope.</source>
        <translation>%1 está vazio (0 bytes), portanto não contém pacotes; escolha um arquivo de captura salvo pelo Wireshark, tcpdump ou Flowscope.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %2 byte(s) long, too short to be a pcap or pcapng capture file.</source>
        <translation>
            <numerusform>%1 tem apenas %2 byte, pouco demais para ser um arquivo de captura pcap ou pcapng.</numerusform>
            <numerusform>%1 tem apenas %2 bytes, pouco demais para ser um arquivo de captura pcap ou pcapng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a pcap or pcapng capture file (unknown magic number %2).</source>
        <translation>%1 não é um arquivo de captura pcap nem pcapng (número mágico desconhecido %2).</translation>
    </message>
    <message>
        <source>%1 does not exist; check the file name and folder.</source>
        <translation>%1 não existe; verifique o nome do arquivo e a pasta.</translation>
    </message>
    <message>
        <source>Flowscope is not allowed to read %1; give your user read permission on it or copy it elsewhere.</source>
        <translation>O Flowscope não tem permissão para ler %1; dê ao seu usuário permissão de leitura no arquivo ou copie-o para outro lugar.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); check that the file is accessible.</source>
        <translation>Não é possível abrir %1 (%2); verifique se o arquivo está acessível.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a capture file; choose a .pcap or .pcapng file inside it.</source>
        <translation>%1 é uma pasta, não um arquivo de captura; escolha um arquivo .pcap ou .pcapng dentro dela.</translation>
    </message>
    <message>
        <source>so no packet could be read from it (pcapfix may repair the file).</source>
        <extracomment>The end of a sentence &quot;… is damaged: …, %4&quot; (after a comma).</extracomment>
        <translation>por isso nenhum pacote pôde ser lido dele (o pcapfix talvez consiga reparar o arquivo).</translation>
    </message>
    <message numerus="yes">
        <source>so reading stopped after the %1 packet(s) before it (pcapfix may repair the file).</source>
        <translation>
            <numerusform>por isso a leitura parou após %1 pacote anterior a ele (o pcapfix talvez consiga reparar o arquivo).</numerusform>
            <numerusform>por isso a leitura parou após os %1 pacotes anteriores a ele (o pcapfix talvez consiga reparar o arquivo).</numerusform>
        </translation>
    </message>
    <message>
        <source>No network adapter was chosen; pick one from `flowscope-cli interfaces`.</source>
        <translation>Nenhum adaptador de rede foi escolhido; escolha um em `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Run it with administrator privileges, or grant the capability once: %1</source>
        <translation>Execute-o com privilégios de administrador ou conceda a capacidade uma única vez: %1</translation>
    </message>
    <message>
        <source>%1 is cut short: it has only %2 bytes, less than the 24-byte pcap file header, so it was probably not completely written or copied.</source>
        <translation>%1 está cortado: tem apenas %2 bytes, menos que o cabeçalho de 24 bytes de um arquivo pcap, então provavelmente não foi gravado ou copiado por completo.</translation>
    </message>
    <message>
        <source>%1 uses pcap format version %2.%3, which Flowscope cannot read; convert it with Wireshark&apos;s &quot;Save As&quot; to pcapng.</source>
        <translation>%1 usa a versão %2.%3 do formato pcap, que o Flowscope não consegue ler; converta-o para pcapng com “Salvar como” do Wireshark.</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>pacote %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the header of record %2 at byte offset %3 claims %4 captured bytes, more than the limit of %5, %6</source>
        <translation>%1 está danificado: o cabeçalho do registro %2 no byte %3 declara %4 bytes capturados, mais que o limite de %5, %6</translation>
    </message>
    <message>
        <source>There is no network adapter named &quot;%1&quot;; run `flowscope-cli interfaces` to list the adapters you can capture on.</source>
        <translation>Não há nenhum adaptador de rede chamado “%1”; execute `flowscope-cli interfaces` para listar os adaptadores em que você pode capturar.</translation>
    </message>
    <message>
        <source>Flowscope has no permission to capture on %1. %2</source>
        <translation>O Flowscope não tem permissão para capturar em %1. %2</translation>
    </message>
    <message>
        <source>The network adapter %1 is down; bring it up (or plug it in) and start the capture again.</source>
        <translation>O adaptador de rede %1 está desativado; ative-o (ou conecte-o) e inicie a captura novamente.</translation>
    </message>
    <message>
        <source>The network adapter %1 does not support monitor mode; choose another adapter.</source>
        <translation>O adaptador de rede %1 não é compatível com o modo monitor; escolha outro adaptador.</translation>
    </message>
    <message>
        <source>Flowscope could not start capturing on %1 (%2: %3); check the adapter and try again.</source>
        <translation>O Flowscope não conseguiu iniciar a captura em %1 (%2: %3); verifique o adaptador e tente novamente.</translation>
    </message>
    <message>
        <source>The capture filter &quot;%1&quot; could not be installed on %2 (%3: %4); try a simpler filter.</source>
        <translation>Não foi possível instalar o filtro de captura “%1” em %2 (%3: %4); tente um filtro mais simples.</translation>
    </message>
    <message>
        <source>Flowscope could not prepare a capture on %1 (%2: %3); try again.</source>
        <translation>O Flowscope não conseguiu preparar uma captura em %1 (%2: %3); tente novamente.</translation>
    </message>
    <message>
        <source>The network adapter %1 went down or disappeared while capturing (%2: %3); reconnect it or choose another adapter with `flowscope-cli interfaces`.</source>
        <translation>O adaptador de rede %1 foi desativado ou desapareceu durante a captura (%2: %3); reconecte-o ou escolha outro adaptador com `flowscope-cli interfaces`.</translation>
    </message>
    <message>
        <source>Capturing on %1 failed (%2: %3); start the capture again.</source>
        <translation>A captura em %1 falhou (%2: %3); inicie a captura novamente.</translation>
    </message>
    <message>
        <source>block %1 at byte offset %2</source>
        <extracomment>Where a damaged part of a pcapng file is; shown as %2 of &quot;%1 is damaged: %2 %3, %4&quot;.</extracomment>
        <translation>o bloco %1 no byte %2</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its pcapng section header, so it was probably not completely written or copied.</source>
        <translation>%1 está cortado: termina dentro do seu cabeçalho de seção pcapng, então provavelmente não foi gravado ou copiado por completo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 is only %3 bytes long (at least 28 are needed), %4</source>
        <translation>%1 está danificado: o cabeçalho de seção (%2) tem apenas %3 bytes (são necessários pelo menos 28), %4</translation>
    </message>
    <message>
        <source>%1 uses pcapng version %2.%3, which Flowscope cannot read; re-save it with Wireshark.</source>
        <translation>%1 usa a versão %2.%3 do pcapng, que o Flowscope não consegue ler; salve-o novamente com o Wireshark.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the section header %2 claims %3 bytes, more than its block holds, so no packet can be read from it (pcapfix may repair the file).</source>
        <translation>%1 está danificado: uma opção do cabeçalho de seção (%2) declara %3 bytes, mais do que o seu bloco contém, por isso nenhum pacote pode ser lido dele (o pcapfix talvez consiga reparar o arquivo).</translation>
    </message>
    <message>
        <source>%1 is damaged: the interface description %2 is too short.</source>
        <translation>%1 está danificado: a descrição de interface (%2) é curta demais.</translation>
    </message>
    <message>
        <source>%1 is damaged: an option of the interface description %2 claims %3 bytes, more than its block holds, %4</source>
        <translation>%1 está danificado: uma opção da descrição de interface (%2) declara %3 bytes, mais do que o seu bloco contém, %4</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloco %1</translation>
    </message>
    <message>
        <source>%1 is damaged: the section header %2 has an invalid byte-order magic.</source>
        <translation>%1 está danificado: o cabeçalho de seção (%2) tem um número mágico de ordem de bytes inválido.</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, less than the 12-byte minimum</source>
        <translation>tem um comprimento de %1 bytes, menor que o mínimo de 12 bytes</translation>
    </message>
    <message>
        <source>has a length of %1 bytes, which is not a multiple of 4</source>
        <translation>tem um comprimento de %1 bytes, que não é múltiplo de 4</translation>
    </message>
    <message>
        <source>claims a length of %1 bytes, more than any real block</source>
        <translation>declara um comprimento de %1 bytes, maior que o de qualquer bloco real</translation>
    </message>
    <message>
        <source>has a trailing length field that differs from its leading one (%1 instead of %2)</source>
        <translation>tem um campo de comprimento final diferente do inicial (%1 em vez de %2)</translation>
    </message>
    <message>
        <source>is a packet block too short for its fields</source>
        <translation>é um bloco de pacote curto demais para os seus campos</translation>
    </message>
    <message>
        <source>claims %1 captured bytes, more than its block holds</source>
        <translation>declara %1 bytes capturados, mais do que o seu bloco contém</translation>
    </message>
    <message numerus="yes">
        <source>refers to interface %1, but its section describes only %2 interface(s) before it</source>
        <translation>
            <numerusform>faz referência à interface %1, mas a sua seção descreve apenas %2 interface antes dele</numerusform>
            <numerusform>faz referência à interface %1, mas a sua seção descreve apenas %2 interfaces antes dele</numerusform>
        </translation>
    </message>
    <message>
        <source>is a simple packet block too short for its fields</source>
        <translation>é um bloco de pacote simples curto demais para os seus campos</translation>
    </message>
    <message>
        <source>is a packet, but its section describes no interface before it</source>
        <translation>é um pacote, mas a sua seção não descreve nenhuma interface antes dele</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 %3, %4</source>
        <extracomment>%1 a file, %2 &quot;block N at byte offset X&quot;, %3 what is wrong with that block (a predicate whose subject is %2, e.g. &quot;has a length of 8 bytes, …&quot;), %4 what was read before it (&quot;so reading stopped after …&quot;).</extracomment>
        <translation>%1 está danificado: %2 %3, %4</translation>
    </message>
    <message>
        <source>Npcap was installed for administrators only: run Flowscope as administrator, or reinstall Npcap without &quot;Restrict Npcap driver&apos;s access to Administrators only&quot;.</source>
        <translation>O Npcap foi instalado somente para administradores: execute o Flowscope como administrador ou reinstale o Npcap sem a opção “Restrict Npcap driver&apos;s access to Administrators only”.</translation>
    </message>
    <message>
        <source>see the pcap-filter syntax at %1</source>
        <translation>veja a sintaxe do pcap-filter em %1</translation>
    </message>
    <message>
        <source>There is no history database at &quot;%1&quot; yet; live captures create it (the desktop app records them, or run flowscope-cli record).</source>
        <translation>Ainda não há um banco de dados do histórico em “%1”; as capturas ao vivo o criam (o aplicativo de desktop as grava, ou execute flowscope-cli record).</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be read (no permission to it, or to its folder while it is being recorded); read it as its owner, or copy it.</source>
        <translation>O banco de dados do histórico “%1” não pode ser lido (sem permissão para ele, ou para a pasta dele enquanto a gravação está em andamento); leia-o como o proprietário dele ou copie-o.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Flowscope history; choose another file.</source>
        <translation>“%1” é um banco de dados de outro programa, não um histórico do Flowscope; escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; was written by a newer Flowscope (schema %2, this one knows up to %3); update Flowscope or choose another file.</source>
        <translation>O banco de dados do histórico “%1” foi gravado por uma versão mais recente do Flowscope (esquema %2; esta conhece até o esquema %3); atualize o Flowscope ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged (schema version %2, which no Flowscope writes); move it aside and start a new one.</source>
        <translation>O banco de dados do histórico “%1” está danificado (versão de esquema %2, que nenhum Flowscope grava); mova-o para outro lugar e comece um novo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no history yet; live captures are recorded into it.</source>
        <translation>“%1” ainda não contém histórico; as capturas ao vivo são gravadas nele.</translation>
    </message>
    <message>
        <source>The folder for the history database &quot;%1&quot; cannot be created (%2); choose another file or allow writing there.</source>
        <translation>Não é possível criar a pasta do banco de dados do histórico “%1” (%2); escolha outro arquivo ou permita a gravação nesse local.</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside (%2); move or delete it yourself.</source>
        <translation>Não foi possível mover para outro lugar o banco de dados do histórico danificado “%1” (%2); mova-o ou exclua-o você mesmo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is locked by another program; close that program (or choose another file) and try again.</source>
        <translation>O banco de dados do histórico “%1” está bloqueado por outro programa; feche esse programa (ou escolha outro arquivo) e tente novamente.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be written (read-only or no permission); allow writing to it and its folder, or choose another file.</source>
        <translation>O banco de dados do histórico “%1” não pode ser gravado (somente leitura ou sem permissão); permita a gravação nele e na pasta dele, ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; is damaged; move it aside and start a new one (what was recorded in it cannot be read).</source>
        <translation>O banco de dados do histórico “%1” está danificado; mova-o para outro lugar e comece um novo (o que foi gravado nele não pode ser lido).</translation>
    </message>
    <message>
        <source>The disk holding the history database &quot;%1&quot; is full; free some space or lower the history size limit, then start recording again.</source>
        <translation>O disco que contém o banco de dados do histórico “%1” está cheio; libere espaço ou reduza o limite de tamanho do histórico e inicie a gravação novamente.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened; check that its folder exists and can be written, or choose another file.</source>
        <translation>Não é possível abrir o banco de dados do histórico “%1”; verifique se a pasta dele existe e permite gravação, ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; cannot be opened (%2); check that its folder exists and can be written, or choose another file.</source>
        <translation>Não é possível abrir o banco de dados do histórico “%1” (%2); verifique se a pasta dele existe e permite gravação, ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error); check the disk it is on.</source>
        <translation>Não foi possível ler ou gravar o banco de dados do histórico “%1” (erro de entrada/saída); verifique o disco em que ele está.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be read or written (input/output error: %2); check the disk it is on.</source>
        <translation>Não foi possível ler ou gravar o banco de dados do histórico “%1” (erro de entrada/saída: %2); verifique o disco em que ele está.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error.</source>
        <translation>O banco de dados do histórico “%1” retornou um erro inesperado.</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; gave an unexpected error (%2).</source>
        <translation>O banco de dados do histórico “%1” retornou um erro inesperado (%2).</translation>
    </message>
    <message>
        <source>The capture filter cannot be applied to link type %1; frames of that type were left out.</source>
        <translation>O filtro de captura não pode ser aplicado ao tipo de enlace %1; os quadros desse tipo foram deixados de fora.</translation>
    </message>
    <message>
        <source>%1 frames could not be written to %2 because the disk was too slow.</source>
        <translation>Não foi possível gravar %1 quadros em %2 porque o disco estava lento demais.</translation>
    </message>
    <message>
        <source>Flowscope does not decode link type %1: its packets are counted as non-IP and form no connections; open the capture in Wireshark to see their contents.</source>
        <translation>O Flowscope não decodifica o tipo de enlace %1: os pacotes dele são contados como não IP e não formam conexões; abra a captura no Wireshark para ver o conteúdo deles.</translation>
    </message>
    <message>
        <source>Reverse DNS is off: %1</source>
        <extracomment>%1 is the resolver&apos;s reason, a sentence in English.</extracomment>
        <translation>O DNS reverso está desativado: %1</translation>
    </message>
    <message>
        <source>Processes cannot be identified: %1</source>
        <extracomment>%1 is why the socket table cannot be read, a sentence.</extracomment>
        <translation>Não é possível identificar os processos: %1</translation>
    </message>
    <message>
        <source>The kernel dropped socket events because the event buffer was full, so some short connections may have no program; make the event buffer larger (Settings, or --event-buffer).</source>
        <translation>O kernel descartou eventos de socket porque o buffer de eventos estava cheio, então algumas conexões curtas podem ficar sem programa; aumente o buffer de eventos (Configurações ou --event-buffer).</translation>
    </message>
    <message>
        <source>it failed with an unknown error.</source>
        <translation>ocorreu um erro desconhecido.</translation>
    </message>
    <message>
        <source>The %1 sink stopped: %2</source>
        <extracomment>%1 is the part&apos;s name (&quot;history&quot;, &quot;ipfix&quot;); %2 its reason, a sentence.</extracomment>
        <translation>O componente “%1” parou: %2</translation>
    </message>
    <message>
        <source>The collector &quot;%1&quot; could not be resolved (%2); give an address or a known host name.</source>
        <translation>Não foi possível resolver o coletor “%1” (%2); informe um endereço ou um nome de host conhecido.</translation>
    </message>
    <message>
        <source>No UDP socket to the collector %1 could be opened (%2).</source>
        <translation>Não foi possível abrir um socket UDP para o coletor %1 (%2).</translation>
    </message>
    <message>
        <source>AS numbers but no countries</source>
        <translation>números de AS, mas nenhum país</translation>
    </message>
    <message>
        <source>countries but no AS numbers</source>
        <translation>países, mas nenhum número de AS</translation>
    </message>
    <message>
        <source>neither countries nor AS numbers</source>
        <translation>nem países nem números de AS</translation>
    </message>
    <message>
        <source>a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, IPinfo)</source>
        <translation>um banco de dados de países (GeoLite2 ou GeoIP2 Country ou City, DB-IP, IPinfo)</translation>
    </message>
    <message>
        <source>an AS database (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</source>
        <translation>um banco de dados de AS (GeoLite2 ASN, GeoIP2 ISP, IPinfo)</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; (%2) holds %3; choose %4.</source>
        <extracomment>%2 is the file&apos;s database type (e.g. GeoLite2-ASN) or &quot;no type&quot;; %3 what it holds; %4 the kind of database to choose.</extracomment>
        <translation>Conteúdo do arquivo “%1” (%2): %3; escolha %4.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sem tipo</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; does not exist; check the path.</source>
        <translation>O arquivo de banco de dados “%1” não existe; verifique o caminho.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file; choose an .mmdb file.</source>
        <translation>“%1” é uma pasta, não um arquivo de banco de dados; escolha um arquivo .mmdb.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (permission denied); check its permissions.</source>
        <translation>Não é possível ler o arquivo de banco de dados “%1” (permissão negada); verifique as permissões dele.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be opened (%2); check the disk and the path.</source>
        <translation>Não é possível abrir o arquivo de banco de dados “%1” (%2); verifique o disco e o caminho.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; is damaged: %2; download it again.</source>
        <extracomment>%2 is the reason, a clause in English.</extracomment>
        <translation>O arquivo de banco de dados “%1” está danificado: %2; baixe-o novamente.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; could not be read; check the disk and try again.</source>
        <translation>Não foi possível ler o arquivo de banco de dados “%1”; verifique o disco e tente novamente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MaxMind DB (.mmdb) file or its metadata is damaged; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” não é um arquivo MaxMind DB (.mmdb) ou seus metadados estão danificados; escolha um arquivo .mmdb do GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be loaded (its sizes do not fit in memory, so it is probably damaged); download it again.</source>
        <translation>Não é possível carregar o arquivo de banco de dados “%1” (os tamanhos indicados nele não cabem na memória, então ele provavelmente está danificado); baixe-o novamente.</translation>
    </message>
    <message>
        <source>Looking up %1 in &apos;%2&apos; failed because %3; download it again.</source>
        <translation>A consulta de %1 em “%2” falhou (%3); baixe o arquivo novamente.</translation>
    </message>
    <message>
        <source>The record for %1 in &apos;%2&apos; cannot be read because %3; download it again.</source>
        <translation>Não é possível ler o registro de %1 em “%2” (%3); baixe o arquivo novamente.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; cannot be read (%2); check the disk and the path.</source>
        <translation>Não é possível ler o arquivo de banco de dados “%1” (%2); verifique o disco e o caminho.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” está vazio; escolha um arquivo .mmdb do GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file; choose a GeoLite2, GeoIP2, DB-IP or IPinfo .mmdb file.</source>
        <translation>“%1” não é um arquivo comum; escolha um arquivo .mmdb do GeoLite2, GeoIP2, DB-IP ou IPinfo.</translation>
    </message>
    <message>
        <source>No memory for a private copy of the database file &apos;%1&apos; (%2); close other programs and try again.</source>
        <translation>Não há memória suficiente para uma cópia privada do arquivo de banco de dados “%1” (%2); feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; kept changing while it was read; try again once it has been written.</source>
        <translation>O arquivo de banco de dados “%1” não parou de mudar durante a leitura; tente novamente quando a gravação dele terminar.</translation>
    </message>
    <message>
        <source>The blocklist file %1 does not exist; check the path.</source>
        <translation>O arquivo de lista de bloqueio %1 não existe; verifique o caminho.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a blocklist file; choose a list file inside it.</source>
        <translation>%1 é uma pasta, não um arquivo de lista de bloqueio; escolha um arquivo de lista dentro dela.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); choose a list file.</source>
        <translation>%1 não é um arquivo comum (é um pipe, um socket ou um dispositivo); escolha um arquivo de lista.</translation>
    </message>
    <message>
        <source>The blocklist file %1 cannot be read (%2); check its permissions.</source>
        <translation>Não é possível ler o arquivo de lista de bloqueio %1 (%2); verifique as permissões dele.</translation>
    </message>
    <message>
        <source>%1 contains binary data (a zero byte at offset %2), so it is not a text blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>%1 contém dados binários (um byte zero na posição %2), portanto não é uma lista de bloqueio em texto; escolha uma lista de IP/CIDR em texto simples.</translation>
    </message>
    <message>
        <source>Reading the blocklist file %1 failed after %2 bytes; check the disk.</source>
        <translation>A leitura do arquivo de lista de bloqueio %1 falhou após %2 bytes; verifique o disco.</translation>
    </message>
    <message>
        <source>%1 holds no addresses (it is empty or only comments); choose a list with at least one IP address or prefix.</source>
        <translation>%1 não contém endereços (está vazio ou só tem comentários); escolha uma lista com pelo menos um endereço IP ou prefixo.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 non-comment line(s) in %2 is an IP address or prefix, so it is not a blocklist; choose a plain-text IP/CIDR list.</source>
        <translation>
            <numerusform>%1 linha de %2 não é um comentário, mas também não é um endereço IP nem um prefixo, portanto o arquivo não é uma lista de bloqueio; escolha uma lista de IP/CIDR em texto simples.</numerusform>
            <numerusform>Nenhuma das %1 linhas de %2 que não são comentários é um endereço IP ou prefixo, portanto o arquivo não é uma lista de bloqueio; escolha uma lista de IP/CIDR em texto simples.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than one word</source>
        <translation>%1 contém mais de uma palavra</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or prefix</source>
        <translation>%1 não é um endereço nem um prefixo IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>the prefix length in %1 must be a number from 0 to %2</source>
        <translation>o comprimento do prefixo em %1 deve ser um número de 0 a %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters, so the line is skipped (the rest of the list still loads).</source>
        <translation>A linha %1 tem mais de %2 caracteres, por isso é ignorada (o restante da lista continua sendo carregado).</translation>
    </message>
    <message>
        <source>Line %1: %2, so the line is skipped (the rest of the list still loads).</source>
        <extracomment>%2 is what is wrong with the line&apos;s entry, a clause.</extracomment>
        <translation>Linha %1: %2, por isso a linha é ignorada (o restante da lista continua sendo carregado).</translation>
    </message>
    <message>
        <source>Line %1: %2 has bits set beyond its prefix length; it is loaded as %3.</source>
        <translation>Linha %1: %2 tem bits definidos além do comprimento do prefixo; a entrada é carregada como %3.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is not a regular file. New programs are remembered only until Flowscope quits.</source>
        <translation>O arquivo de programas conhecidos %1 não é um arquivo comum. Os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be read (%2). New programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Não é possível ler o arquivo de programas conhecidos %1 (%2). Os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>The known-programs file %1 is damaged (it is not a list of programs); move it away to start a new one. New programs are remembered only until Flowscope quits.</source>
        <translation>O arquivo de programas conhecidos %1 está danificado (não é uma lista de programas); mova-o para outro lugar para começar um novo. Os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>The known-programs file %1 could not be read to the end. New programs are remembered only until Flowscope quits.</source>
        <translation>Não foi possível ler o arquivo de programas conhecidos %1 até o fim. Os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be written (%2 failed); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the temporary file beside it.</extracomment>
        <translation>Não é possível gravar o arquivo de programas conhecidos %1 (a gravação de %2 falhou); os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>The known-programs file %1 cannot be replaced (%2); new programs are remembered only until Flowscope quits.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Não é possível substituir o arquivo de programas conhecidos %1 (%2); os novos programas só são lembrados até o Flowscope ser fechado.</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <extracomment>The operating system&apos;s reason why something failed (strerror), shown after a colon.</extracomment>
        <translation>Operação não permitida</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Arquivo ou diretório inexistente</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erro de entrada/saída</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Dispositivo ou endereço inexistente</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Recurso temporariamente indisponível</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Não foi possível alocar memória</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Dispositivo ou recurso ocupado</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>O arquivo já existe</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Dispositivo inexistente</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Não é um diretório</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>É um diretório</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argumento inválido</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Muitos arquivos abertos no sistema</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Muitos arquivos abertos</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Arquivo muito grande</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Não há espaço disponível no dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de arquivos somente leitura</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Pipe quebrado</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nome de arquivo muito longo</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Muitos níveis de links simbólicos</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Mensagem muito longa</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Família de endereços não suportada pelo protocolo</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Endereço já em uso</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Não é possível atribuir o endereço solicitado</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>A rede está inativa</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>A rede está inacessível</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Conexão interrompida por software</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Conexão redefinida pela outra ponta</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Não há espaço de buffer disponível</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>O ponto final de transporte não está conectado</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tempo de conexão esgotado</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Não há rota para o host</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Cota de disco excedida</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in country database instead.</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, a clause.</extracomment>
        <translation>%1; em vez dele, o Flowscope usa seu banco de dados de países integrado.</translation>
    </message>
    <message>
        <source>%1; Flowscope uses its built-in AS database instead.</source>
        <translation>%1; em vez dele, o Flowscope usa seu banco de dados de AS integrado.</translation>
    </message>
    <message>
        <source>%1; the built-in country database cannot be used either (%2).</source>
        <extracomment>%1 is why the user&apos;s database file cannot be used, %2 why the built-in one cannot either; both clauses.</extracomment>
        <translation>%1; o banco de dados de países integrado também não pode ser usado (%2).</translation>
    </message>
    <message>
        <source>%1; the built-in AS database cannot be used either (%2).</source>
        <translation>%1; o banco de dados de AS integrado também não pode ser usado (%2).</translation>
    </message>
    <message>
        <source>The country database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>O banco de dados de países “%1” mudou no disco; o Flowscope o verificou e voltou a usá-lo.</translation>
    </message>
    <message>
        <source>The AS database &apos;%1&apos; changed on disk; Flowscope checked it and uses it again.</source>
        <translation>O banco de dados de AS “%1” mudou no disco; o Flowscope o verificou e voltou a usá-lo.</translation>
    </message>
    <message>
        <source>The country database changed while in use: %1; Flowscope uses its built-in country database until the file is usable again.</source>
        <extracomment>%1 is why the file cannot be used now, a clause.</extracomment>
        <translation>O banco de dados de países mudou enquanto estava em uso: %1; o Flowscope usa seu banco de dados de países integrado até que o arquivo possa ser usado novamente.</translation>
    </message>
    <message>
        <source>The AS database changed while in use: %1; Flowscope uses its built-in AS database until the file is usable again.</source>
        <translation>O banco de dados de AS mudou enquanto estava em uso: %1; o Flowscope usa seu banco de dados de AS integrado até que o arquivo possa ser usado novamente.</translation>
    </message>
    <message>
        <source>IPFIX messages could not be sent to %1: %2.</source>
        <extracomment>%1 is the collector (host:port), %2 what went wrong, a clause.</extracomment>
        <translation>Não foi possível enviar mensagens IPFIX para %1: %2.</translation>
    </message>
    <message>
        <source>An IPFIX message could not be sent to the collector (%1); is it listening on %2?</source>
        <extracomment>%1 is the operating system&apos;s reason or &quot;sent in part&quot;; %2 the collector (host:port).</extracomment>
        <translation>Não foi possível enviar uma mensagem IPFIX ao coletor (%1); ele está escutando em %2?</translation>
    </message>
    <message>
        <source>sent in part</source>
        <translation>enviada só em parte</translation>
    </message>
    <message>
        <source>the collector is not taking messages fast enough (backlog of %1 KiB full)</source>
        <translation>o coletor não está aceitando as mensagens com rapidez suficiente (fila de %1 KiB cheia)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two reasons one after the other, as in a list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 addresses tried: %2</source>
        <translation>%1 endereços tentados: %2</translation>
    </message>
    <message>
        <source>the connection to the collector failed (%1)</source>
        <translation>a conexão com o coletor falhou (%1)</translation>
    </message>
    <message>
        <source>the collector closed the connection</source>
        <translation>o coletor fechou a conexão</translation>
    </message>
    <message>
        <source>the collector did not take the last messages in time</source>
        <translation>o coletor não aceitou as últimas mensagens a tempo</translation>
    </message>
    <message>
        <source>before it opened %1</source>
        <translation>antes de abrir %1</translation>
    </message>
    <message>
        <source>The capture helper %1 did not open %2 within 30 seconds; start the capture again.</source>
        <translation>O programa auxiliar de captura %1 não abriu %2 em 30 segundos; inicie a captura novamente.</translation>
    </message>
    <message>
        <source>while capturing on %1</source>
        <translation>durante a captura em %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>killed by signal %1, %2</source>
        <extracomment>%2 is the signal&apos;s name in English, e.g. &quot;Segmentation fault&quot;.</extracomment>
        <translation>encerrado pelo sinal %1, %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>encerrado pelo sinal %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper (pipe: %1); try again.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>O Flowscope não conseguiu iniciar seu programa auxiliar de captura (pipe: %1); tente novamente.</translation>
    </message>
    <message>
        <source>Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>O Flowscope não conseguiu iniciar seu programa auxiliar de captura %1 (%2); reinstale o Flowscope ou defina FLOWSCOPE_CAPTURE=direct.</translation>
    </message>
    <message>
        <source>its status is unknown</source>
        <translation>seu status é desconhecido</translation>
    </message>
    <message>
        <source>The capture helper %1 stopped unexpectedly %2 (%3); start the capture again, and check the system log if it keeps stopping.</source>
        <extracomment>%2 is when (&quot;before it opened eth0&quot;, &quot;while capturing on eth0&quot;), %3 how it ended (&quot;exit status 1&quot;, &quot;killed by signal 9, Killed&quot;).</extracomment>
        <translation>O programa auxiliar de captura %1 parou inesperadamente %2 (%3); inicie a captura novamente e, se ele continuar parando, verifique o log do sistema.</translation>
    </message>
    <message>
        <source>The capture helper %1 sent data Flowscope cannot read (%2); make sure it belongs to this version of Flowscope and start the capture again.</source>
        <extracomment>%2 says what is wrong with the data, in English.</extracomment>
        <translation>O programa auxiliar de captura %1 enviou dados que o Flowscope não consegue ler (%2); verifique se ele pertence a esta versão do Flowscope e inicie a captura novamente.</translation>
    </message>
    <message>
        <source>The capture helper could not give up its capabilities (%1); the capture works, but it keeps running privileged.</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>O programa auxiliar de captura não conseguiu abrir mão de suas capacidades (%1); a captura funciona, mas ele continua sendo executado com privilégios elevados.</translation>
    </message>
    <message>
        <source>Reading the socket table over netlink failed (%1: %2).</source>
        <extracomment>%1 is the system call that failed (e.g. recvmsg), %2 the operating system&apos;s reason.</extracomment>
        <translation>A leitura da tabela de sockets via netlink falhou (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); the socket table is unavailable.</source>
        <extracomment>%2 is the operating system&apos;s reason.</extracomment>
        <translation>Não é possível ler %1 (%2); a tabela de sockets não está disponível.</translation>
    </message>
    <message>
        <source>The capture helper loads them.</source>
        <translation>Esses eventos são carregados pelo programa auxiliar de captura.</translation>
    </message>
    <message>
        <source>eBPF socket events are off: %1; snapshots of the socket table find the owners instead.</source>
        <extracomment>%1 is why, a clause such as &quot;the kernel has no BTF type information (…)&quot;.</extracomment>
        <translation>Os eventos de socket eBPF estão inativos: %1; em vez disso, os proprietários dos sockets são identificados a partir de instantâneos da tabela de sockets.</translation>
    </message>
    <message>
        <source>this build of Flowscope has no eBPF support (libbpf, clang or bpftool were missing when it was built)</source>
        <translation>esta versão do Flowscope foi compilada sem suporte a eBPF (faltavam libbpf, clang ou bpftool quando ela foi compilada)</translation>
    </message>
    <message>
        <source>loading them needs root or the CAP_BPF and CAP_PERFMON capabilities (and a kernel not locked down)</source>
        <translation>carregá-los exige privilégios de root ou as capacidades CAP_BPF e CAP_PERFMON (e um kernel fora do modo lockdown)</translation>
    </message>
    <message>
        <source>the kernel refused the tracker (%1)</source>
        <extracomment>%1 is the kernel&apos;s or libbpf&apos;s reason.</extracomment>
        <translation>o kernel recusou o rastreador (%1)</translation>
    </message>
    <message>
        <source>attaching to tracepoints needs root or CAP_PERFMON</source>
        <translation>anexar aos tracepoints exige privilégios de root ou CAP_PERFMON</translation>
    </message>
    <message>
        <source>the kernel lacks a tracepoint they need (sock_send_length and sock_recv_length came with Linux 6.3)</source>
        <translation>o kernel não tem um tracepoint de que eles precisam (sock_send_length e sock_recv_length surgiram no Linux 6.3)</translation>
    </message>
    <message>
        <source>the tracker could not be opened (%1)</source>
        <extracomment>%1 is the operating system&apos;s reason.</extracomment>
        <translation>não foi possível abrir o rastreador (%1)</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information (/sys/kernel/btf/vmlinux)</source>
        <translation>o kernel não tem informações de tipo BTF (/sys/kernel/btf/vmlinux)</translation>
    </message>
    <message>
        <source>Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of the socket table as the fallback.</source>
        <translation>Os proprietários dos sockets são identificados a partir de eventos de socket eBPF (tracepoints do kernel), com instantâneos da tabela de sockets como alternativa.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table, as chosen.</source>
        <translation>Os proprietários dos sockets são identificados a partir de instantâneos da tabela de sockets, conforme escolhido.</translation>
    </message>
    <message>
        <source>Socket owners come from snapshots of the socket table: eBPF socket events exist on Linux only.</source>
        <translation>Os proprietários dos sockets são identificados a partir de instantâneos da tabela de sockets: os eventos de socket eBPF só existem no Linux.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Give the collector&apos;s address or host name, e.g. 192.0.2.10 or collector.example.org.</source>
        <translation>Informe o endereço ou o nome do host do coletor, por exemplo, 192.0.2.10 ou collector.example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name; give one such as 192.0.2.10 or collector.example.org.</source>
        <translation>“%1” não é um endereço IP nem um nome de host; informe um como 192.0.2.10 ou collector.example.org.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is out of range: give a number from 1 to 65535 (IPFIX collectors usually listen on 4739).</source>
        <translation>A porta “%1” está fora do intervalo: informe um número de 1 a 65535 (coletores IPFIX normalmente escutam na 4739).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve to an address; check its spelling or give the collector&apos;s IP address.</source>
        <translation>O nome de host “%1” não corresponde a nenhum endereço; verifique a grafia ou informe o endereço IP do coletor.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Cannot write the report to %1: %2. Choose another folder.</source>
        <translation>Não é possível gravar o relatório em %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Networks (AS)</source>
        <translation>Redes (AS)</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicativo desconhecido</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Host desconhecido</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Serviço desconhecido</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>País desconhecido</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Rede desconhecida</translation>
    </message>
    <message>
        <source>No history yet: live captures are recorded into %1 (Settings → History), and their traffic shows here.</source>
        <translation>Ainda não há histórico: as capturas ao vivo são gravadas em %1 (Configurações → Histórico), e o tráfego delas aparece aqui.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged or not a history database: move it aside or delete it, and the next live capture starts a new one.</source>
        <translation>O banco de dados do histórico %1 está danificado ou não é um banco de dados do histórico: mova-o para outro lugar ou exclua-o, e a próxima captura ao vivo criará um novo.</translation>
    </message>
</context>
<context>
    <name>InspectFavorites</name>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>serviço %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplicativo %1</translation>
    </message>
</context>
<context>
    <name>ProcessSourceMessages</name>
    <message>
        <source>this build of Flowscope has no eBPF support.</source>
        <translation>esta versão do Flowscope foi compilada sem suporte a eBPF.</translation>
    </message>
    <message>
        <source>eBPF socket events exist on Linux only.</source>
        <translation>os eventos de socket eBPF só existem no Linux.</translation>
    </message>
    <message>
        <source>the kernel has no BTF type information.</source>
        <translation>o kernel não tem informações de tipo BTF.</translation>
    </message>
    <message>
        <source>the capture helper needs the CAP_BPF and CAP_PERFMON capabilities for eBPF.</source>
        <translation>o programa auxiliar de captura precisa das capacidades CAP_BPF e CAP_PERFMON para o eBPF.</translation>
    </message>
    <message>
        <source>eBPF needs root or the CAP_BPF and CAP_PERFMON capabilities.</source>
        <translation>o eBPF exige privilégios de root ou as capacidades CAP_BPF e CAP_PERFMON.</translation>
    </message>
    <message>
        <source>the kernel lacks the tracepoints needed (Linux 6.3 or later).</source>
        <translation>o kernel não tem os tracepoints necessários (Linux 6.3 ou posterior).</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, loaded by the capture helper, with snapshots as the fallback.</source>
        <translation>Os programas são identificados a partir de eventos de socket eBPF (carregados pelo programa auxiliar de captura), com instantâneos como alternativa.</translation>
    </message>
    <message>
        <source>Programs are found from eBPF socket events, with snapshots as the fallback.</source>
        <translation>Os programas são identificados a partir de eventos de socket eBPF, com instantâneos como alternativa.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table, as chosen.</source>
        <translation>Os programas são identificados a partir de instantâneos da tabela de sockets, conforme escolhido.</translation>
    </message>
    <message>
        <source>Programs are found from snapshots of the socket table: %1</source>
        <extracomment>%1: why socket events are off, e.g. &quot;the kernel has no BTF type information.&quot;</extracomment>
        <translation>Os programas são identificados a partir de instantâneos da tabela de sockets: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket event(s) lost because the event buffer was full; a larger buffer keeps them.</source>
        <translation>
            <numerusform>%n evento de socket perdido porque o buffer de eventos estava cheio; um buffer maior os mantém.</numerusform>
            <numerusform>%n eventos de socket perdidos porque o buffer de eventos estava cheio; um buffer maior os mantém.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 year(s)</source>
        <extracomment>A span of time on the chart&apos;s axis; %1 has one decimal, e.g. &quot;4.5 years&quot;.</extracomment>
        <translation>
            <numerusform>%1 ano</numerusform>
            <numerusform>%1 anos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeMessages</name>
    <message>
        <source>The last live capture (on %1) was not resumed. %2</source>
        <translation>A última captura ao vivo (em %1) não foi retomada. %2</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>The traffic-rate rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>A regra de taxa de tráfego “%1” nas configurações não pode ser lida e será ignorada. Adicione-a novamente nas Configurações.</translation>
    </message>
    <message>
        <source>The data-cap rule &quot;%1&quot; in the settings cannot be read; it is ignored. Add it again in Settings.</source>
        <translation>A regra de limite de dados “%1” nas configurações não pode ser lida e será ignorada. Adicione-a novamente nas Configurações.</translation>
    </message>
    <message>
        <source>The favorite host &quot;%1&quot; is not an IP address; it is ignored.</source>
        <translation>O host favorito “%1” não é um endereço IP e será ignorado.</translation>
    </message>
    <message>
        <source>The favorite service &quot;%1&quot; is not of the form tcp/443; it is ignored.</source>
        <translation>O serviço favorito “%1” não está no formato tcp/443 e será ignorado.</translation>
    </message>
    <message>
        <source>%1: … and %2 more lines with problems.</source>
        <translation>%1: … e mais %2 linhas com problemas.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a blocklist file&apos;s name, %2 one of its problems (&quot;Line 12: …&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StarSupport</name>
    <message>
        <source>Unstar %1</source>
        <translation>Remover estrela de %1</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>Marcar %1 com estrela</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Marcar ou desmarcar com estrela</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Só com estrela</translation>
    </message>
    <message>
        <source>Show only starred items (right-click an item or press Ctrl+D to star it)</source>
        <translation>Mostrar só os itens com estrela (clique com o botão direito em um item ou pressione Ctrl+D para marcá-lo com estrela)</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Flowscope — %1</source>
        <translation>Flowscope — %1</translation>
    </message>
    <message>
        <source>Flowscope</source>
        <translation>Flowscope</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Recebido %1 · Enviado %2</translation>
    </message>
    <message>
        <source>Top: %1 (%2)</source>
        <translation>Principal: %1 (%2)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturando</translation>
    </message>
    <message numerus="yes">
        <source>%1 unread notification(s)</source>
        <translation>
            <numerusform>%1 notificação não lida</numerusform>
            <numerusform>%1 notificações não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>wireless</source>
        <translation>sem fio</translation>
    </message>
    <message>
        <source>Traffic on %1 in the last minute</source>
        <translation>Tráfego em %1 no último minuto</translation>
    </message>
    <message>
        <source>%1 reports no traffic counters</source>
        <translation>%1 não informa contadores de tráfego</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::AlertModel</name>
    <message>
        <source>New program</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <source>Blocklisted address</source>
        <translation>Endereço na lista de bloqueio</translation>
    </message>
    <message>
        <source>Traffic rate</source>
        <translation>Taxa de tráfego</translation>
    </message>
    <message>
        <source>Favorite active</source>
        <translation>Favorito ativo</translation>
    </message>
    <message>
        <source>Data cap</source>
        <translation>Limite de dados</translation>
    </message>
    <message>
        <source>Capture trouble</source>
        <translation>Problema na captura</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (silenciada)</translation>
    </message>
    <message>
        <source>Not delivered: notifications were muted.</source>
        <translation>Não entregue: as notificações estavam silenciadas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationModel</name>
    <message>
        <source>Nothing of this application is in the history for today yet.</source>
        <translation>Ainda não há nada deste aplicativo no histórico de hoje.</translation>
    </message>
    <message>
        <source>Today since midnight (history): %1 in, %2 out</source>
        <translation>Hoje desde a meia-noite (histórico): %1 recebidos, %2 enviados</translation>
    </message>
    <message>
        <source>Rate in + out over the last minute, the newest at the right</source>
        <translation>Taxa recebida + enviada no último minuto, a mais recente à direita</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Taxa recebida</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Taxa enviada</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Total recebido</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Total enviado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ApplicationsPage</name>
    <message>
        <source>application %1</source>
        <translation>aplicativo %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect an application&apos;s connections</source>
        <translation>Clique duas vezes ou pressione Enter para inspecionar as conexões de um aplicativo</translation>
    </message>
    <message>
        <source>Applications are known for live captures only: start a capture on an adapter to see which programs use the network.</source>
        <translation>Os aplicativos só são conhecidos em capturas ao vivo: inicie uma captura em um adaptador para ver quais programas usam a rede.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::CompactWindow</name>
    <message>
        <source>Flowscope</source>
        <translation>Flowscope</translation>
    </message>
    <message>
        <source>Double-click to go back to the main window; drag to move.</source>
        <translation>Clique duas vezes para voltar à janela principal; arraste para mover.</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>No applications yet (live captures only)</source>
        <translation>Ainda não há aplicativos (só em capturas ao vivo)</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>Janela co&amp;mpacta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Not capturing</source>
        <translation>Sem captura</translation>
    </message>
    <message>
        <source>Paused on %1</source>
        <translation>Pausado em %1</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Capturando em %1</translation>
    </message>
    <message>
        <source>Paused reading %1</source>
        <translation>Leitura de %1 pausada</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>Show the main window</source>
        <translation>Mostrar a janela principal</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionDetails</name>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>&quot;184 kB (184,434 bytes)&quot;: %1 the rounded size, %2 the exact number of bytes.</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar tudo</translation>
    </message>
    <message>
        <source>Copy every field, one per line</source>
        <translation>Copiar todos os campos, um por linha</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Porta do serviço</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pacotes recebidos</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pacotes enviados</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Taxa recebida</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Taxa enviada</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto pela primeira vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto pela última vez</translation>
    </message>
    <message>
        <source>TCP flags</source>
        <translation>Flags TCP</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID do fluxo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Name source</source>
        <translation>Origem do nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Address kind</source>
        <translation>Tipo de endereço</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Selecione uma conexão para ver os detalhes dela.</translation>
    </message>
    <message>
        <source>No longer in the table</source>
        <translation>Não está mais na tabela</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionFilterBar</name>
    <message>
        <source>Only active</source>
        <translation>Só ativas</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Só com estrela</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Pesquisar conexões</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Qualquer protocolo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Qualquer direção</translation>
    </message>
    <message>
        <source>Mostly outgoing</source>
        <translation>Principalmente de saída</translation>
    </message>
    <message>
        <source>Mostly incoming</source>
        <translation>Principalmente de entrada</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Endereço ou CIDR</translation>
    </message>
    <message>
        <source>An address (10.1.2.3, 2001:db8::1) or a network (10.0.0.0/8)</source>
        <translation>Um endereço (10.1.2.3, 2001:db8::1) ou uma rede (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Qualquer aplicativo</translation>
    </message>
    <message>
        <source>Country, AS or domain</source>
        <translation>País, AS ou domínio</translation>
    </message>
    <message>
        <source>A country code (US), an AS number (AS15169) or a domain (google.com matches www.google.com); several separated by spaces all apply</source>
        <translation>Um código de país (US), um número de AS (AS15169) ou um domínio (google.com corresponde a www.google.com); é possível informar vários, separados por espaços, e todos se aplicam</translation>
    </message>
    <message>
        <source>Only connections with traffic during the last interval</source>
        <translation>Só conexões com tráfego durante o último intervalo</translation>
    </message>
    <message>
        <source>Only connections with a starred host, service or application</source>
        <translation>Só conexões com host, serviço ou aplicativo marcado com estrela</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplicativo %1</translation>
    </message>
    <message>
        <source>Not an address or network; the previous filter still applies</source>
        <translation>Não é um endereço nem uma rede; o filtro anterior continua valendo</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ConnectionModel</name>
    <message>
        <source>hidden (user %1)</source>
        <translation>oculto (usuário %1)</translation>
    </message>
    <message>
        <source>A socket of user %1: run Flowscope with more privileges to see its program.</source>
        <translation>Um socket do usuário %1: execute o Flowscope com mais privilégios para ver o programa dele.</translation>
    </message>
    <message>
        <source>
pid %1</source>
        <translation>
pid %1</translation>
    </message>
    <message>
        <source>
path %1</source>
        <translation>
caminho %1</translation>
    </message>
    <message>
        <source>
user %1</source>
        <translation>
usuário %1</translation>
    </message>
    <message>
        <source>
port %1</source>
        <translation>
porta %1</translation>
    </message>
    <message>
        <source>A capture file has no current rate; the Overview chart shows its traffic over time.</source>
        <translation>Um arquivo de captura não tem taxa atual; o gráfico da Visão geral mostra o tráfego dele ao longo do tempo.</translation>
    </message>
    <message>
        <source>Bytes per second during the last tick</source>
        <translation>Bytes por segundo durante o último intervalo</translation>
    </message>
    <message>
        <source>Live captures only: a capture file has no current rate</source>
        <translation>Só em capturas ao vivo: um arquivo de captura não tem taxa atual</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pacotes recebidos</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pacotes enviados</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Taxa recebida</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Taxa enviada</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto pela primeira vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto pela última vez</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>The program that owns this connection is not known.</source>
        <translation>O programa dono desta conexão não é conhecido.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Flag of %1</source>
        <extracomment>What a country&apos;s flag in a table says to a screen reader; %1 the country&apos;s name.</extracomment>
        <translation>Bandeira: %1</translation>
    </message>
    <message>
        <source>Program icon of %1</source>
        <extracomment>What a program&apos;s icon in a table says to a screen reader; %1 the program&apos;s name.</extracomment>
        <translation>Ícone do programa %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DeliverySettingsRows</name>
    <message>
        <source>Tell me when a program uses the network for the first time</source>
        <translation>Avisar quando um programa usar a rede pela primeira vez</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Tocar um som a cada notificação</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Endereço do webhook</translation>
    </message>
    <message>
        <source>https://example.org/hook (optional)</source>
        <translation>https://example.org/hook (opcional)</translation>
    </message>
    <message>
        <source>Each notification is also sent to this address as a JSON POST (docs/notifications.md describes the body).</source>
        <translation>Cada notificação também é enviada para este endereço como um POST JSON (docs/notifications.md descreve o corpo).</translation>
    </message>
    <message>
        <source>New programs:</source>
        <translation>Novos programas:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Som:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Muted:</source>
        <translation>Silenciadas:</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address; notifications will not be sent to it.</source>
        <translation>Este não é um endereço http:// ou https://; as notificações não serão enviadas para ele.</translation>
    </message>
    <message>
        <source>All notifications until %1.</source>
        <translation>Todas as notificações até %1.</translation>
    </message>
    <message>
        <source>These rules: %1.</source>
        <translation>Estas regras: %1.</translation>
    </message>
    <message>
        <source>Nothing is muted.</source>
        <translation>Nada está silenciado.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Silenciar esta regra</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Não há barramento de sessão D-Bus.</translation>
    </message>
    <message>
        <source>Desktop notifications over D-Bus are not available here.</source>
        <translation>As notificações da área de trabalho via D-Bus não estão disponíveis aqui.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportConnector</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 via %3</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are not sent to the collector unless &quot;Also send capture files opened for viewing&quot; is on in Settings → Export.</source>
        <translation>Arquivos de captura abertos para visualização não são enviados ao coletor, a menos que “Enviar também arquivos de captura abertos para visualização” esteja ativado em Configurações → Exportação.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Esta versão do Flowscope não pode enviar fluxos a um coletor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 registro</numerusform>
            <numerusform>%1 registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 mensagem</numerusform>
            <numerusform>%1 mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 sent, %3 dropped.</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 of messages, %3 of records again.</extracomment>
        <translation>%1 enviados em %2, %3 descartados.</translation>
    </message>
    <message>
        <source>Nothing is being sent.</source>
        <translation>Nada está sendo enviado.</translation>
    </message>
    <message>
        <source>Flows of this capture are not sent: %1</source>
        <translation>Os fluxos desta captura não são enviados: %1</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Enviando para %1: %2</translation>
    </message>
    <message>
        <source>The last capture is over. Sent to %1: %2</source>
        <translation>A última captura terminou. Enviado para %1: %2</translation>
    </message>
    <message>
        <source>The collector is unreachable: %1</source>
        <translation>O coletor está inacessível: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportStatusLabel</name>
    <message>
        <source>IPFIX: not sending</source>
        <translation>IPFIX: sem envio</translation>
    </message>
    <message>
        <source>IPFIX: collector unreachable</source>
        <translation>IPFIX: coletor inacessível</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent, %2 dropped</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;), %2 a number.</extracomment>
        <translation>IPFIX: %1 enviados, %2 descartados</translation>
    </message>
    <message>
        <source>IPFIX: %1 sent</source>
        <extracomment>%1 a number of records (&quot;12 records&quot;).</extracomment>
        <translation>IPFIX: %1 enviados</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ExportTab</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send flows to a collector (IPFIX)</source>
        <translation>Enviar fluxos a um coletor (IPFIX)</translation>
    </message>
    <message>
        <source>Every connection, with the program behind it, goes as IPFIX records to a collector you run (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</source>
        <translation>Cada conexão, com o programa por trás dela, vai como registros IPFIX para um coletor que você mantém (nfdump, pmacct, GoFlow2, ElastiFlow, ntopng).</translation>
    </message>
    <message>
        <source>Also send capture files opened for viewing</source>
        <translation>Enviar também arquivos de captura abertos para visualização</translation>
    </message>
    <message>
        <source>Changes apply from the next capture; a running capture keeps sending as it started.</source>
        <translation>As alterações valem a partir da próxima captura; uma captura em andamento continua enviando como começou.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Coletor</translation>
    </message>
    <message>
        <source>Address or host name, e.g. 192.0.2.10</source>
        <translation>Endereço ou nome do host, por exemplo, 192.0.2.10</translation>
    </message>
    <message>
        <source>UDP (the usual; lost when the collector is down)</source>
        <translation>UDP (o habitual; perde dados quando o coletor está fora do ar)</translation>
    </message>
    <message>
        <source>TCP (reconnects; keeps a backlog while the collector is down)</source>
        <translation>TCP (reconecta; guarda uma fila enquanto o coletor está fora do ar)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Active timeout:</source>
        <translation>Tempo limite ativo:</translation>
    </message>
    <message>
        <source>A flow still going on is reported this often.</source>
        <translation>Um fluxo ainda em andamento é informado com esta frequência.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Tempo limite de inatividade:</translation>
    </message>
    <message>
        <source>A flow without traffic for this long is reported as ended.</source>
        <translation>Um fluxo sem tráfego por este tempo é informado como encerrado.</translation>
    </message>
    <message>
        <source>Observation domain id:</source>
        <translation>ID do domínio de observação:</translation>
    </message>
    <message>
        <source>Enterprise number:</source>
        <translation>Número da empresa:</translation>
    </message>
    <message>
        <source>The Private Enterprise Number under which Flowscope&apos;s own elements (process id, program path, host name) are sent.</source>
        <translation>O Private Enterprise Number sob o qual os elementos próprios do Flowscope (ID do processo, caminho do programa, nome do host) são enviados.</translation>
    </message>
    <message>
        <source>The default, 32473, is RFC 5612&apos;s number for documentation: a placeholder for your own.</source>
        <translation>O padrão, 32473, é o número da RFC 5612 para documentação: um substituto para o seu próprio número.</translation>
    </message>
    <message>
        <source>This build of Flowscope cannot send flows to a collector.</source>
        <translation>Esta versão do Flowscope não pode enviar fluxos a um coletor.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Format</name>
    <message>
        <source>pkt/s</source>
        <extracomment>Packets per second (as in &quot;120 pkt/s&quot;), thousands, millions and billions.</extracomment>
        <translation>pac/s</translation>
    </message>
    <message>
        <source>kpkt/s</source>
        <translation>kpac/s</translation>
    </message>
    <message>
        <source>Mpkt/s</source>
        <translation>Mpac/s</translation>
    </message>
    <message>
        <source>Gpkt/s</source>
        <translation>Gpac/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (the seconds with two digits).</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (the minutes with two digits).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours.</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>The address belongs to the computer Flowscope runs on.</extracomment>
        <translation>este computador</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>link-local</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multicast</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>broadcast</translation>
    </message>
    <message>
        <source>reserved (bogon)</source>
        <extracomment>An address that should never appear on the Internet (RFC 6890).</extracomment>
        <translation>reservado (bogon)</translation>
    </message>
    <message>
        <source>TLS server name (SNI)</source>
        <translation>nome do servidor TLS (SNI)</translation>
    </message>
    <message>
        <source>HTTP Host header</source>
        <translation>cabeçalho HTTP Host</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>resposta DNS</translation>
    </message>
    <message>
        <source>DNS PTR answer</source>
        <translation>resposta DNS PTR</translation>
    </message>
    <message>
        <source>reverse DNS lookup</source>
        <translation>consulta DNS reversa</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryAppDetail</name>
    <message>
        <source>Hosts of the application</source>
        <translation>Hosts do aplicativo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: per day over %2 days, and its top hosts in the range shown</source>
        <extracomment>%2: the number of days (30), in the language&apos;s digits.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: por dia ao longo de %2 dias, e seus principais hosts no período exibido</translation>
    </message>
    <message>
        <source>Group by application and select one in the table to see its use per day and its top hosts.</source>
        <translation>Agrupe por aplicativo e selecione um na tabela para ver o uso dele por dia e seus principais hosts.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryChart</name>
    <message>
        <source>Traffic history</source>
        <translation>Histórico de tráfego</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>↓ %1 %2</source>
        <translation>↓ %1 %2</translation>
    </message>
    <message>
        <source>↑ %1 %2</source>
        <translation>↑ %1 %2</translation>
    </message>
    <message>
        <source>↓ received · ↑ sent</source>
        <translation>↓ recebido · ↑ enviado</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 sent</source>
        <translation>%1: %2 recebidos, %3 enviados</translation>
    </message>
    <message>
        <source>All: %1 received, %2 sent</source>
        <translation>Tudo: %1 recebidos, %2 enviados</translation>
    </message>
    <message>
        <source>Click to list this bucket&apos;s connections</source>
        <translation>Clique para listar as conexões deste intervalo</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Nenhum tráfego neste período.</translation>
    </message>
    <message>
        <source>In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest time: %5 (%6).</source>
        <extracomment>The History chart&apos;s text alternative. %3: the group with the most traffic (an application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.</extracomment>
        <translation>Neste período: %1 recebidos, %2 enviados. O maior tráfego: %3 (%4). O momento de maior movimento: %5 (%6).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryConnectionsModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto pela primeira vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto pela última vez</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryDayBars</name>
    <message>
        <source>Traffic per day</source>
        <translation>Tráfego por dia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
%2 received, %3 sent</source>
        <translation>%1
%2 recebidos, %3 enviados</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Nenhum tráfego neste período.</translation>
    </message>
    <message>
        <source>Over %1 days: received %2, sent %3. The busiest day: %4 (%5).</source>
        <extracomment>The per-day chart&apos;s text alternative. %1: the number of days (30); %4: the busiest day, %5 its bytes.</extracomment>
        <translation>Em %1 dias: %2 recebidos, %3 enviados. O dia de maior movimento: %4 (%5).</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the History page&apos;s table as CSV or JSON (Ctrl+E)</source>
        <translation>Salvar a tabela da página Histórico como CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Traffic totals</source>
        <translation>Totais de tráfego</translation>
    </message>
    <message>
        <source>Click the chart to list the connections of that time.</source>
        <translation>Clique no gráfico para listar as conexões daquele momento.</translation>
    </message>
    <message>
        <source>Connections in the chosen period</source>
        <translation>Conexões no período escolhido</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Ler o histórico novamente (F5)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Connections open during %1:</source>
        <translation>Conexões abertas durante %1:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryRecording</name>
    <message>
        <source>The history database %1 is damaged, so this capture is not being recorded (the live view goes on); moving it aside keeps it as it is and starts a new one.</source>
        <translation>O banco de dados do histórico %1 está danificado, por isso esta captura não está sendo gravada (a visualização ao vivo continua); movê-lo para outro lugar o mantém como está e começa um novo.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used.</source>
        <translation>O banco de dados do histórico %1 não pode ser usado.</translation>
    </message>
    <message>
        <source>This capture is not being recorded; the live view goes on.</source>
        <translation>Esta captura não está sendo gravada; a visualização ao vivo continua.</translation>
    </message>
    <message>
        <source>Flowscope cannot tell where to keep the history (no home folder); choose a database file under View → Settings → History.</source>
        <translation>O Flowscope não sabe onde guardar o histórico (não há pasta pessoal); escolha um arquivo de banco de dados em Exibir → Configurações → Histórico.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; recording goes on in a new one.</source>
        <translation>O banco de dados do histórico danificado foi mantido como %1; a gravação continua em um novo.</translation>
    </message>
    <message>
        <source>The damaged history database was kept as %1; the next live capture starts a new one.</source>
        <translation>O banco de dados do histórico danificado foi mantido como %1; a próxima captura ao vivo começará um novo.</translation>
    </message>
    <message>
        <source>Pause Recording</source>
        <translation>Pausar gravação</translation>
    </message>
    <message>
        <source>Keep this capture&apos;s traffic out of the history until recording is resumed</source>
        <translation>Manter o tráfego desta captura fora do histórico até que a gravação seja retomada</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTab</name>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>No database file is known: choose one above.</source>
        <translation>Nenhum arquivo de banco de dados é conhecido: escolha um acima.</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the file is created by the first recorded live capture.</source>
        <translation>Nada gravado ainda: o arquivo é criado pela primeira captura ao vivo gravada.</translation>
    </message>
    <message>
        <source>%1, no traffic recorded yet.</source>
        <translation>%1, nenhum tráfego gravado ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%1, traffic from %2 to %3, %4 connection(s).</source>
        <extracomment>%1 the database&apos;s size, %2 and %3 dates and times, %4 a number of connections.</extracomment>
        <translation>
            <numerusform>%1, tráfego de %2 a %3, %4 conexão.</numerusform>
            <numerusform>%1, tráfego de %2 a %3, %4 conexões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record live captures into the history</source>
        <translation>Gravar as capturas ao vivo no histórico</translation>
    </message>
    <message>
        <source>Capture files opened for viewing are never recorded. &quot;Pause Recording&quot; in the tray and the Capture menu keeps private moments out.</source>
        <translation>Arquivos de captura abertos para visualização nunca são gravados. “Pausar gravação”, na bandeja e no menu Captura, deixa momentos privados de fora.</translation>
    </message>
    <message>
        <source>How long things are kept applies to a running capture at once; turning recording on or off and another database file apply from the next live capture.</source>
        <translation>O tempo de retenção vale imediatamente para uma captura em andamento; ativar ou desativar a gravação e trocar o arquivo de banco de dados valem a partir da próxima captura ao vivo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>para sempre</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> conexões</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Minutes for:</source>
        <translation>Minutos durante:</translation>
    </message>
    <message>
        <source>Hours for:</source>
        <translation>Horas durante:</translation>
    </message>
    <message>
        <source>Days for:</source>
        <translation>Dias durante:</translation>
    </message>
    <message>
        <source>Connections, at most:</source>
        <translation>Conexões, no máximo:</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Limite de tamanho:</translation>
    </message>
    <message>
        <source>Older minutes are summed into hours, and hours into days, so totals stay exact. Beyond the size limit the oldest rows go first: connections, then minutes, hours and days.</source>
        <translation>Os minutos mais antigos são somados em horas, e as horas em dias, para que os totais continuem exatos. Acima do limite de tamanho, as linhas mais antigas saem primeiro: conexões, depois minutos, horas e dias.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>History database file</source>
        <translation>Arquivo do banco de dados do histórico</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Use the default place again</source>
        <translation>Usar novamente o local padrão</translation>
    </message>
    <message>
        <source>The history is one SQLite file on this computer; nothing leaves it. flowscope-cli report reads the same file. Empty field: the default place, %1.</source>
        <translation>O histórico é um único arquivo SQLite neste computador; nada é enviado para fora. O flowscope-cli report lê o mesmo arquivo. Campo vazio: o local padrão, %1.</translation>
    </message>
    <message>
        <source>unknown here (no home folder)</source>
        <translation>desconhecido aqui (não há pasta pessoal)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Holds now:</source>
        <translation>Contém agora:</translation>
    </message>
    <message>
        <source>Choose the history database</source>
        <translation>Escolher o banco de dados do histórico</translation>
    </message>
    <message>
        <source>History databases (*.sqlite);;All files (*)</source>
        <translation>Bancos de dados do histórico (*.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::HistoryTotalsModel</name>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 recebidos, %2 enviados</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::InspectPage</name>
    <message>
        <source>Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: choose the columns</source>
        <translation>Ctrl+F: pesquisar; Ctrl+D: marcar com estrela o host, o serviço ou o aplicativo; Ctrl+Shift+C: escolher as colunas</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalhes da conexão</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Pesquisar conexões</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Escolher colunas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::LanguageSettingsGroup</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first entry of the language list; %1 is the language it stands for now.</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Flowscope speaks the new language when it starts again.</source>
        <translation>O Flowscope usará o novo idioma quando for iniciado novamente.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source> Choose another file under View → Settings…, or clear the field to keep the built-in one.</source>
        <translation> Escolha outro arquivo em Exibir → Configurações… ou limpe o campo para usar o integrado.</translation>
    </message>
    <message>
        <source>&amp;Open capture file…</source>
        <translation>&amp;Abrir arquivo de captura…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>P&amp;ausar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pause or resume the capture (Space, Ctrl+P)</source>
        <translation>Pausar ou retomar a captura (Espaço, Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the capture (Ctrl+.)</source>
        <translation>Parar a captura (Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Sobre o Flowscope</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>Ins&amp;pecionar</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aplicativos</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificações</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Abrir arquivo de captura</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Arquivos de captura (*.pcap *.pcapng *.cap *.dmp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;A network monitor: who this machine talks to, live or from a capture file.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;br&gt;Captures with %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;AS data by &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; and &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Flag icons from &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Databases read with libmaxminddb.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Um monitor de rede: com quem esta máquina se comunica, ao vivo ou a partir de um arquivo de captura.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2 (executando no Qt %3).&lt;br&gt;Captura com %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://db-ip.com&quot;&gt;IP Geolocation by DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Dados de AS de &lt;a href=&quot;https://www.routeviews.org&quot;&gt;RouteViews&lt;/a&gt;, &lt;a href=&quot;https://www.nro.net&quot;&gt;NRO&lt;/a&gt; e &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt; (CC BY 4.0).&lt;br&gt;Ícones de bandeiras de &lt;a href=&quot;https://github.com/lipis/flag-icons&quot;&gt;flag-icons&lt;/a&gt; (MIT).&lt;br&gt;Bancos de dados lidos com libmaxminddb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Sobre o Flowscope</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message numerus="yes">
        <source>%1 packet(s)</source>
        <translation>
            <numerusform>%1 pacote</numerusform>
            <numerusform>%1 pacotes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 perdidos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecionar</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Programs are found during live captures.</source>
        <extracomment>The About box, after the credits: where programs come from in a live capture.</extracomment>
        <translation>Os programas são identificados durante as capturas ao vivo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::MiniChart</name>
    <message>
        <source>Traffic over time</source>
        <translation>Tráfego ao longo do tempo</translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation>últimos %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsPage</name>
    <message>
        <source>Mark all read</source>
        <translation>Marcar tudo como lido</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect the connections of an alert</source>
        <translation>Clique duas vezes ou pressione Enter para inspecionar as conexões de um alerta</translation>
    </message>
    <message>
        <source>No notifications yet. During a live capture, alerts appear here: a program using the network for the first time, and the rules you set in Settings.</source>
        <translation>Ainda não há notificações. Durante uma captura ao vivo, os alertas aparecem aqui: um programa usando a rede pela primeira vez e as regras que você definir nas Configurações.</translation>
    </message>
    <message>
        <source>%1 of %2 unread</source>
        <translation>%1 de %2 não lidas</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::NotificationsTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Acima de</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Rate rules</source>
        <translation>Regras de taxa</translation>
    </message>
    <message>
        <source>Add rate rule</source>
        <translation>Adicionar regra de taxa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Traffic rate above a limit</source>
        <translation>Taxa de tráfego acima de um limite</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Data volume caps</source>
        <translation>Limites de volume de dados</translation>
    </message>
    <message>
        <source>Add data cap</source>
        <translation>Adicionar limite de dados</translation>
    </message>
    <message>
        <source>Data volume above a cap</source>
        <translation>Volume de dados acima de um limite</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>Todo o tráfego</translation>
    </message>
    <message>
        <source>Empty: all traffic; else a program&apos;s path or name</source>
        <translation>Vazio: todo o tráfego; senão, o caminho ou o nome de um programa</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>Blocklist files</source>
        <translation>Arquivos de listas de bloqueio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Choose blocklists</source>
        <translation>Escolher listas de bloqueio</translation>
    </message>
    <message>
        <source>IP lists (*.netset *.ipset *.txt *.list);;All files (*)</source>
        <translation>Listas de IPs (*.netset *.ipset *.txt *.list);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Plain-text IP/CIDR lists (one entry a line, # comments, as FireHOL publishes them), IPv4 and IPv6.</source>
        <translation>Listas de IP/CIDR em texto simples (uma entrada por linha, comentários com #, como o FireHOL as publica), IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueio</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>não carregada</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Itens com estrela</translation>
    </message>
    <message>
        <source>Notify again after idle for</source>
        <translation>Notificar novamente após inatividade de</translation>
    </message>
    <message>
        <source>Star hosts, services and applications on the Overview, Inspect and Applications pages.</source>
        <translation>Marque com estrela hosts, serviços e aplicativos nas páginas Visão geral, Inspecionar e Aplicativos.</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Serviço %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplicativo %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::OverviewPage</name>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>IP traffic received</source>
        <translation>Tráfego IP recebido</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>IP traffic sent</source>
        <translation>Tráfego IP enviado</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Every frame captured</source>
        <translation>Todos os quadros capturados</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pacotes/s</translation>
    </message>
    <message>
        <source>Packets in the last second</source>
        <translation>Pacotes no último segundo</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <source>Connections seen so far</source>
        <translation>Conexões vistas até agora</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Frames lost by the kernel, the adapter or Flowscope&apos;s queue</source>
        <translation>Quadros perdidos pelo kernel, pelo adaptador ou pela fila do Flowscope</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Capture time covered</source>
        <translation>Tempo de captura coberto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tráfego&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidade:</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>pacotes/s</translation>
    </message>
    <message>
        <source>Top applications</source>
        <translation>Principais aplicativos</translation>
    </message>
    <message>
        <source>Click an application to inspect its connections</source>
        <translation>Clique em um aplicativo para inspecionar as conexões dele</translation>
    </message>
    <message>
        <source>Top hosts</source>
        <translation>Principais hosts</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Principais serviços</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>host %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>serviço %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>aplicativo %1</translation>
    </message>
    <message>
        <source>Click an entry to inspect its connections</source>
        <translation>Clique em uma entrada para inspecionar as conexões dela</translation>
    </message>
    <message>
        <source>Connections seen so far (%1 in the table now)</source>
        <translation>Conexões vistas até agora (%1 na tabela agora)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ProcessSourceGroup</name>
    <message>
        <source>Programs behind connections</source>
        <translation>Programas por trás das conexões</translation>
    </message>
    <message>
        <source>Find programs with</source>
        <translation>Identificar programas por</translation>
    </message>
    <message>
        <source>Automatic (eBPF where allowed, else snapshots)</source>
        <translation>Automático (eBPF quando permitido, senão instantâneos)</translation>
    </message>
    <message>
        <source>eBPF socket events</source>
        <translation>Eventos de socket eBPF</translation>
    </message>
    <message>
        <source>Snapshots only</source>
        <translation>Só instantâneos</translation>
    </message>
    <message>
        <source>Event buffer</source>
        <translation>Buffer de eventos</translation>
    </message>
    <message>
        <source> KiB</source>
        <extracomment>A unit after a number: kibibytes.</extracomment>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Used from the next live capture.</source>
        <translation>Vale a partir da próxima captura ao vivo.</translation>
    </message>
    <message>
        <source>Find programs with:</source>
        <translation>Identificar programas por:</translation>
    </message>
    <message>
        <source>Event buffer:</source>
        <translation>Buffer de eventos:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::RecordingNotice</name>
    <message>
        <source>Move it aside and start a new one</source>
        <translation>Mover para outro lugar e começar um novo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Country database:</source>
        <translation>Banco de dados de países:</translation>
    </message>
    <message>
        <source>AS database:</source>
        <translation>Banco de dados de AS:</translation>
    </message>
    <message>
        <source>Empty: the built-in DB-IP Lite databases. GeoLite2, GeoIP2, DB-IP and IPinfo MMDB files work.</source>
        <translation>Vazio: os bancos de dados DB-IP Lite integrados. Arquivos MMDB do GeoLite2, GeoIP2, DB-IP e IPinfo funcionam.</translation>
    </message>
    <message>
        <source>Look up host names of addresses (reverse DNS, live captures)</source>
        <translation>Consultar os nomes de host dos endereços (DNS reverso, capturas ao vivo)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>Country database file</source>
        <translation>Arquivo do banco de dados de países</translation>
    </message>
    <message>
        <source>AS database file</source>
        <translation>Arquivo do banco de dados de AS</translation>
    </message>
    <message>
        <source>Built-in (DB-IP Lite)</source>
        <translation>Integrado (DB-IP Lite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Escolher um banco de dados</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Arquivos MaxMind DB (*.mmdb);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The built-in database stays in use.</source>
        <translation>O banco de dados integrado continua em uso.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartPage</name>
    <message>
        <source>Save the capture to a pcap file</source>
        <translation>Salvar a captura em um arquivo pcap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Iniciar captura</translation>
    </message>
    <message>
        <source>Open capture file…</source>
        <translation>Abrir arquivo de captura…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Watch your network&lt;/h2&gt;Pick an adapter to capture live, or open a capture file.</source>
        <translation>&lt;h2&gt;Observe sua rede&lt;/h2&gt;Escolha um adaptador para capturar ao vivo ou abra um arquivo de captura.</translation>
    </message>
    <message>
        <source>Checking whether Flowscope may capture on this computer…</source>
        <translation>Verificando se o Flowscope pode capturar neste computador…</translation>
    </message>
    <message>
        <source>Capture &amp;filter:</source>
        <translation>&amp;Filtro de captura:</translation>
    </message>
    <message>
        <source>BPF expression, e.g. tcp port 443 or host 10.0.0.1 (empty: everything)</source>
        <translation>Expressão BPF, por exemplo, tcp port 443 ou host 10.0.0.1 (vazio: tudo)</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Adaptadores de rede</translation>
    </message>
    <message>
        <source>File to save the capture to</source>
        <translation>Arquivo em que a captura será salva</translation>
    </message>
    <message>
        <source>capture.pcap</source>
        <translation>capture.pcap</translation>
    </message>
    <message>
        <source>Capture files</source>
        <translation>Arquivos de captura</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Arquivos recentes:</translation>
    </message>
    <message>
        <source>Recent capture files</source>
        <translation>Arquivos de captura recentes</translation>
    </message>
    <message>
        <source>No filter: every packet is captured.</source>
        <translation>Sem filtro: todos os pacotes são capturados.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>Fix the capture filter first</source>
        <translation>Corrija primeiro o filtro de captura</translation>
    </message>
    <message>
        <source>Save the capture as</source>
        <translation>Salvar a captura como</translation>
    </message>
    <message>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>Arquivos pcap (*.pcap);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Abrir arquivo de captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Capture files can still be opened.</source>
        <translation>Ainda é possível abrir arquivos de captura.</translation>
    </message>
    <message>
        <source>Files you open are listed here</source>
        <translation>Os arquivos que você abrir aparecem aqui</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::StartupSettingsGroup</name>
    <message>
        <source>Startup</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>Start Flowscope when I log in</source>
        <translation>Iniciar o Flowscope quando eu entrar na sessão</translation>
    </message>
    <message>
        <source>Resume the last live capture when Flowscope starts</source>
        <translation>Retomar a última captura ao vivo quando o Flowscope for iniciado</translation>
    </message>
    <message>
        <source>Starts Flowscope in the tray, without its window, when you log in.</source>
        <translation>Inicia o Flowscope na bandeja, sem a janela, quando você entra na sessão.</translation>
    </message>
    <message>
        <source>When Flowscope starts without a capture file or adapter, it captures again on the adapter, and with the filter, of the last live capture.</source>
        <translation>Quando o Flowscope é iniciado sem arquivo de captura nem adaptador, ele volta a capturar no adaptador, e com o filtro, da última captura ao vivo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::ThemeMenu</name>
    <message>
        <source>&amp;High Contrast</source>
        <extracomment>The theme for low vision: white text on black, strong borders.</extracomment>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Open &amp;Themes Folder…</source>
        <translation>Abrir pasta de &amp;temas…</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <extracomment>A theme file that cannot be used; choosing it says why.</extracomment>
        <translation>%1 (inválido)</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::Themes</name>
    <message>
        <source>The theme file %1 was not used: %2 Correct it, then choose it again in View → Theme.</source>
        <extracomment>%1 is a file name, %2 the reason (e.g. &quot;line 3: unknown key …&quot;).</extracomment>
        <translation>O arquivo de tema %1 não foi usado: %2 Corrija-o e escolha-o novamente em Exibir → Tema.</translation>
    </message>
    <message>
        <source>the file is larger than 64 KB; a theme is a list of a few colours (see docs/themes.md).</source>
        <translation>o arquivo tem mais de 64 KB; um tema é uma lista de poucas cores (veja docs/themes.md).</translation>
    </message>
    <message>
        <source>the file has no &quot;name = …&quot; line; add one with the name to show.</source>
        <translation>o arquivo não tem uma linha “name = …”; adicione uma com o nome a exibir.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;.</source>
        <extracomment>%1: a line number of the theme file.</extracomment>
        <translation>linha %1: esperado “chave = valor”.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice; keep one.</source>
        <extracomment>%1: a line number; %2: a key of the theme file, as written (not translated).</extracomment>
        <translation>linha %1: “%2” aparece duas vezes; mantenha apenas uma.</translation>
    </message>
    <message>
        <source>line %1: the name must be 1 to 80 characters of UTF-8 text.</source>
        <translation>linha %1: o nome deve ter de 1 a 80 caracteres de texto UTF-8.</translation>
    </message>
    <message>
        <source>line %1: based-on must be &quot;light&quot; or &quot;dark&quot;.</source>
        <extracomment>&quot;based-on&quot;, &quot;light&quot; and &quot;dark&quot; are written in the file as they are.</extracomment>
        <translation>linha %1: based-on deve ser “light” ou “dark”.</translation>
    </message>
    <message>
        <source>line %1: unknown key &quot;%2&quot;; docs/themes.md lists the keys a theme may set.</source>
        <translation>linha %1: chave desconhecida “%2”; docs/themes.md lista as chaves que um tema pode definir.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a colour; write it as #rrggbb.</source>
        <extracomment>%2: a value from the file; &quot;#rrggbb&quot; is the notation, written as it is.</extracomment>
        <translation>linha %1: “%2” não é uma cor; escreva-a como #rrggbb.</translation>
    </message>
    <message>
        <source>The theme file %1 is hard to read: %2 on %3 has a contrast of only %4:1, under the 4.5:1 text needs. Make these colours further apart in the file.</source>
        <extracomment>%1: a theme file&apos;s name; %2 and %3: its keys, as written in the file (e.g. &quot;window-text&quot; on &quot;window&quot;); %4: a number such as 2.1.</extracomment>
        <translation>O arquivo de tema %1 é difícil de ler: %2 sobre %3 tem contraste de apenas %4:1, abaixo dos 4,5:1 de que o texto precisa. Afaste mais essas cores no arquivo.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TopListModel</name>
    <message>
        <source>%1
%2 in, %3 out</source>
        <translation>%1
%2 recebidos, %3 enviados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrafficChart</name>
    <message>
        <source>Incoming</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Traffic over time</source>
        <translation>Tráfego ao longo do tempo</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Sem tráfego</translation>
    </message>
    <message>
        <source>Files: drag to zoom into a time range, right click to zoom out (keyboard: +, - and 0)</source>
        <translation>Arquivos: arraste para ampliar um intervalo de tempo, clique com o botão direito para reduzir (teclado: +, - e 0)</translation>
    </message>
    <message>
        <source>no traffic for %1</source>
        <translation>sem tráfego por %1</translation>
    </message>
    <message>
        <source>No traffic yet.</source>
        <translation>Ainda não há tráfego.</translation>
    </message>
    <message>
        <source>Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.</source>
        <translation>Mais recente: entrada %1, saída %2. Máximo: entrada %3 às %4, saída %5 às %6.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TrayController</name>
    <message>
        <source>Show Window</source>
        <translation>Mostrar janela</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Switch Adapter</source>
        <translation>Trocar adaptador</translation>
    </message>
    <message>
        <source>Open Overview</source>
        <translation>Abrir Visão geral</translation>
    </message>
    <message>
        <source>Open Applications</source>
        <translation>Abrir Aplicativos</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Abrir Notificações</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <source>Compact Window</source>
        <translation>Janela compacta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so closing the window quits Flowscope.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema (o GNOME precisa da extensão AppIndicator), por isso fechar a janela encerra o Flowscope.</translation>
    </message>
    <message>
        <source>This desktop has no system tray (GNOME needs the AppIndicator extension), so the window is shown instead of starting minimized.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema (o GNOME precisa da extensão AppIndicator), por isso a janela é exibida em vez de iniciar minimizada.</translation>
    </message>
    <message>
        <source>Hide Window</source>
        <translation>Ocultar janela</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No adapters</source>
        <translation>Nenhum adaptador</translation>
    </message>
    <message>
        <source>Cannot capture on %1</source>
        <translation>Não é possível capturar em %1</translation>
    </message>
    <message>
        <source>Flowscope keeps monitoring</source>
        <translation>O Flowscope continua monitorando</translation>
    </message>
    <message>
        <source>Its tray icon brings the window back; Quit is in its menu.</source>
        <translation>O ícone na bandeja traz a janela de volta; Sair fica no menu do ícone.</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::TraySettingsGroup</name>
    <message>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray</source>
        <translation>Continuar monitorando na bandeja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>Ao fechar a janela:</translation>
    </message>
</context>
<context>
    <name>flowscope::ui::WebhookSender</name>
    <message>
        <source>it is not an http:// or https:// address</source>
        <translation>não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>status HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>The notification webhook %1 failed (%2); alerts are still listed on the Notifications page. Check the address in Settings.</source>
        <translation>O webhook de notificação %1 falhou (%2); os alertas continuam listados na página Notificações. Verifique o endereço nas Configurações.</translation>
    </message>
</context>
</TS>
