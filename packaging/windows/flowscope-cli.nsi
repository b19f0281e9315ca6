; Installer of flowscope-cli.exe (the headless command line), built on Linux by
; tools/windows_installer.sh with Debian's makensis from the MinGW cross build:
;   makensis -DVERSION=0.1.0 -DSTAGE=<staged install tree> -DOUTFILE=<setup.exe> flowscope-cli.nsi
; STAGE holds bin\flowscope-cli.exe (statically linked: no MinGW runtime DLLs) and
; share\flowscope\ (databases and the service table, found as <exe dir>\..\share\flowscope).
; Silent install: flowscope-cli-setup.exe /S [/D=C:\path]   (PATH is changed only with /PATH=1
; in silent mode; interactively it is a component, on by default).
Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
!ifndef COMPRESSOR
    !define COMPRESSOR "/SOLID lzma"  ; -DCOMPRESSOR=zlib for a quicker test build
!endif
SetCompressor ${COMPRESSOR}

!ifndef VERSION
    !error "makensis -DVERSION=x.y.z is required"
!endif
!ifndef STAGE
    !error "makensis -DSTAGE=<staged install tree> is required"
!endif
!ifndef OUTFILE
    !define OUTFILE "flowscope-cli-${VERSION}-setup.exe"
!endif

!define PRODUCT "Flowscope command line"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FlowscopeCli"
!define START_MENU "$SMPROGRAMS\Flowscope"
!define NPCAP_DOWNLOAD_URL "https://npcap.com/#download"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Flowscope"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"

!include "MUI2.nsh"
!include "Sections.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WinMessages.nsh"
!include "x64.nsh"
!include "path.nsh"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Flowscope contributors"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_TEXT "Flowscope's command line is installed. Open $\"Flowscope command line$\" in the Start menu, or any console, and run flowscope-cli --help."
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

Section "Flowscope command line" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR\bin"
    File "${STAGE}\bin\flowscope-cli.exe"
    SetOutPath "$INSTDIR\share\flowscope"
    File /r "${STAGE}\share\flowscope\*.*"

    WriteUninstaller "$INSTDIR\uninstall-cli.exe"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Flowscope contributors"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall-cli.exe$\""
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall-cli.exe$\" /S"
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

    ; A console opened in the program's folder: the way to start a command-line tool from
    ; the Start menu.
    SetShellVarContext all
    CreateDirectory "${START_MENU}"
    CreateShortcut "${START_MENU}\Flowscope command line.lnk" "$SYSDIR\cmd.exe" \
        '/K "cd /d "$INSTDIR\bin" && flowscope-cli.exe --help"' "$SYSDIR\cmd.exe" 0
SectionEnd

Section "Add flowscope-cli to PATH" SecPath
    Call AddBinToPath
SectionEnd

LangString DESC_Main ${LANG_ENGLISH} "flowscope-cli.exe and its databases (countries, networks, services)."
LangString DESC_Path ${LANG_ENGLISH} "Lets any console run flowscope-cli without its folder."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
    !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(DESC_Main)
    !insertmacro MUI_DESCRIPTION_TEXT ${SecPath} $(DESC_Path)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_OK|MB_ICONSTOP "Flowscope needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    Call CheckNpcap
    ; Silent installs change PATH only when asked: /PATH=1.
    ${If} ${Silent}
        ${GetParameters} $0
        ClearErrors
        ${GetOptions} $0 "/PATH=" $1
        ${If} ${Errors}
        ${OrIf} $1 != "1"
            !insertmacro UnselectSection ${SecPath}
        ${EndIf}
    ${EndIf}
FunctionEnd

Function un.onInit
    SetRegView 64
FunctionEnd

Section "Uninstall"
    Call un.RemoveBinFromPath
    Delete "$INSTDIR\bin\flowscope-cli.exe"
    RMDir "$INSTDIR\bin"
    RMDir /r "$INSTDIR\share\flowscope"
    RMDir "$INSTDIR\share"
    Delete "$INSTDIR\uninstall-cli.exe"
    RMDir "$INSTDIR"
    SetShellVarContext all
    Delete "${START_MENU}\Flowscope command line.lnk"
    RMDir "${START_MENU}"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
