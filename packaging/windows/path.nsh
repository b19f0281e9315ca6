; Adds "$INSTDIR\bin" to the machine's PATH and removes it again, without plugins. NSIS strings
; hold at most NSIS_MAX_STRLEN (1024) characters: a longer PATH cannot be read whole, so it is
; left alone (a truncated write would destroy it) and the installer says so in its log.
!include "StrFunc.nsh"
${StrStr}
${UnStrRep}

!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

Function AddBinToPath
    ReadRegStr $0 HKLM "${ENV_KEY}" "Path"
    StrLen $1 $0
    ${If} $1 >= 1000
        DetailPrint "PATH is too long to be changed safely; add $INSTDIR\bin to it yourself."
        Return
    ${EndIf}
    ${StrStr} $2 "$0;" "$INSTDIR\bin;"
    ${If} $2 != ""
        Return  ; already there
    ${EndIf}
    ${If} $0 == ""
        StrCpy $0 "$INSTDIR\bin"
    ${Else}
        StrCpy $0 "$0;$INSTDIR\bin"
    ${EndIf}
    WriteRegExpandStr HKLM "${ENV_KEY}" "Path" $0
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "AddedToPath" 1
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
FunctionEnd

Function un.RemoveBinFromPath
    ReadRegDWORD $3 HKLM "${UNINSTALL_KEY}" "AddedToPath"
    ${If} $3 != 1
        Return
    ${EndIf}
    ReadRegStr $0 HKLM "${ENV_KEY}" "Path"
    StrLen $1 $0
    ${If} $1 >= 1000
        DetailPrint "PATH is too long to be changed safely; remove $INSTDIR\bin from it yourself."
        Return
    ${EndIf}
    ${UnStrRep} $0 $0 ";$INSTDIR\bin" ""
    ${UnStrRep} $0 $0 "$INSTDIR\bin;" ""
    ${UnStrRep} $0 $0 "$INSTDIR\bin" ""
    WriteRegExpandStr HKLM "${ENV_KEY}" "Path" $0
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
FunctionEnd
