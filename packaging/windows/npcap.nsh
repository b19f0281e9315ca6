; Npcap check shared by flowscope-cli.nsi and flowscope.nsi. Flowscope may not redistribute
; Npcap (its licence forbids it without an OEM agreement), so the installers only look for it:
; Npcap's installer writes HKLM\SOFTWARE\Npcap and puts wpcap.dll into System32\Npcap (the
; folder Flowscope loads it from, core/capture/windows/wpcap.cpp). When it is missing the
; finish page shows the download link; silent installs only note it in the log.
!ifndef NPCAP_DOWNLOAD_URL
    !define NPCAP_DOWNLOAD_URL "https://npcap.com/#download"
!endif

Var NpcapFound

Function CheckNpcap
    StrCpy $NpcapFound "0"
    SetRegView 64
    ClearErrors
    ReadRegStr $0 HKLM "SOFTWARE\Npcap" ""
    ${IfNot} ${Errors}
        StrCpy $NpcapFound "1"
    ${EndIf}
    ${If} ${FileExists} "$SYSDIR\Npcap\wpcap.dll"
        StrCpy $NpcapFound "1"
    ${EndIf}
    ${If} $NpcapFound == "0"
        DetailPrint "Npcap is not installed; live capture needs it: ${NPCAP_DOWNLOAD_URL} — capture files still open."
    ${EndIf}
FunctionEnd

; Finish page (MUI_PAGE_CUSTOMFUNCTION_SHOW): the Npcap link only when Npcap is missing.
Function FinishPageShow
    ${If} $NpcapFound == "1"
        ShowWindow $mui.FinishPage.Link ${SW_HIDE}
    ${EndIf}
FunctionEnd
