; Installer of the Flowscope desktop app. Built on a Windows runner by
; .github/workflows/windows.yml (Qt from install-qt-action, windeployqt), never here:
;   makensis /DVERSION=0.1.0 /DSTAGE=<install tree> /DOUTFILE=<setup.exe> flowscope.nsi
; STAGE is `cmake --install` of the GUI build after windeployqt: bin\flowscope.exe,
; bin\flowscope-cli.exe, the Qt DLLs and plugin folders beside them (windeployqt), and
; share\flowscope\ (databases, service table; found as <exe dir>\..\share\flowscope).
; Silent install: flowscope-setup.exe /S [/AUTOSTART=1] [/D=C:\path]
Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
!ifndef COMPRESSOR
    !define COMPRESSOR "/SOLID lzma"  ; -DCOMPRESSOR=zlib for a quicker test build
!endif
SetCompressor ${COMPRESSOR}

!ifndef VERSION
    !error "makensis /DVERSION=x.y.z is required"
!endif
!ifndef STAGE
    !error "makensis /DSTAGE=<staged install tree> is required"
!endif
!ifndef OUTFILE
    !define OUTFILE "flowscope-${VERSION}-setup.exe"
!endif

!define PRODUCT "Flowscope"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Flowscope"
!define PROGID "Flowscope.Capture"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
; The value ui/shell/autostart.cpp reads and writes (Settings > Start on login): the same
; name, so the app's checkbox and the installer's option are one setting.
!define RUN_VALUE "Flowscope"
!define NPCAP_DOWNLOAD_URL "https://npcap.com/#download"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Flowscope"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"

!include "MUI2.nsh"
!include "Sections.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Flowscope contributors"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\flowscope.exe"
!define MUI_FINISHPAGE_LINK "Npcap is not installed: live capture needs it (capture files open without it). Download Npcap"
!define MUI_FINISHPAGE_LINK_LOCATION "${NPCAP_DOWNLOAD_URL}"
!define MUI_PAGE_CUSTOMFUNCTION_SHOW FinishPageShow
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!include "npcap.nsh"  ; after the finish page: it hides its link

!macro AssociateExtension ext
    ; Listed under "Open with" always; the default only where no other program has it.
    WriteRegStr HKLM "Software\Classes\${ext}\OpenWithProgids" "${PROGID}" ""
    ReadRegStr $0 HKLM "Software\Classes\${ext}" ""
    ${If} $0 == ""
        WriteRegStr HKLM "Software\Classes\${ext}" "" "${PROGID}"
    ${EndIf}
!macroend

!macro UnassociateExtension ext
    DeleteRegValue HKLM "Software\Classes\${ext}\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty HKLM "Software\Classes\${ext}\OpenWithProgids"
    ReadRegStr $0 HKLM "Software\Classes\${ext}" ""
    ${If} $0 == "${PROGID}"
        DeleteRegValue HKLM "Software\Classes\${ext}" ""
    ${EndIf}
    DeleteRegKey /ifempty HKLM "Software\Classes\${ext}"
!macroend

Section "Flowscope" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR"
    File /r "${STAGE}\*.*"

    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bin\flowscope.exe,0"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Flowscope contributors"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

    SetShellVarContext all
    CreateShortcut "$SMPROGRAMS\Flowscope.lnk" "$INSTDIR\bin\flowscope.exe"
SectionEnd

Section "Open .pcap and .pcapng files with Flowscope" SecAssoc
    WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Packet capture"
    WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\bin\flowscope.exe,0"
    WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" \
        "$\"$INSTDIR\bin\flowscope.exe$\" $\"%1$\""
    !insertmacro AssociateExtension ".pcap"
    !insertmacro AssociateExtension ".pcapng"
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "Associated" 1
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

; Off by default. Written for the user running the installer (elevation keeps the same user
; for an administrator account); the app's Settings toggle the same value per user.
Section /o "Start Flowscope when I log in (in the tray)" SecAutostart
    WriteRegStr HKCU "${RUN_KEY}" "${RUN_VALUE}" "$\"$INSTDIR\bin\flowscope.exe$\" --minimized"
SectionEnd

LangString DESC_Main ${LANG_ENGLISH} "The Flowscope app, its command line and databases."
LangString DESC_Assoc ${LANG_ENGLISH} "Double-clicking a capture file opens it in Flowscope."
LangString DESC_Autostart ${LANG_ENGLISH} "Keeps monitoring from the system tray after you log in."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
    !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(DESC_Main)
    !insertmacro MUI_DESCRIPTION_TEXT ${SecAssoc} $(DESC_Assoc)
    !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} $(DESC_Autostart)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_OK|MB_ICONSTOP "Flowscope needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    Call CheckNpcap
    ${If} ${Silent}
        ${GetParameters} $0
        ClearErrors
        ${GetOptions} $0 "/AUTOSTART=" $1
        ${IfNot} ${Errors}
        ${AndIf} $1 == "1"
            !insertmacro SelectSection ${SecAutostart}
        ${EndIf}
    ${EndIf}
FunctionEnd

Function un.onInit
    SetRegView 64
FunctionEnd

Section "Uninstall"
    ; Only what the installer put there: bin\ (app, CLI, Qt), share\flowscope\, the uninstaller.
    RMDir /r "$INSTDIR\bin"
    RMDir /r "$INSTDIR\share\flowscope"
    RMDir "$INSTDIR\share"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    SetShellVarContext all
    Delete "$SMPROGRAMS\Flowscope.lnk"
    ReadRegDWORD $1 HKLM "${UNINSTALL_KEY}" "Associated"
    ${If} $1 == 1
        !insertmacro UnassociateExtension ".pcap"
        !insertmacro UnassociateExtension ".pcapng"
        DeleteRegKey HKLM "Software\Classes\${PROGID}"
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ${EndIf}
    ; The autostart value of the user who uninstalls (other users' Run keys are theirs).
    ReadRegStr $0 HKCU "${RUN_KEY}" "${RUN_VALUE}"
    ${If} $0 != ""
        DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"
    ${EndIf}
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
